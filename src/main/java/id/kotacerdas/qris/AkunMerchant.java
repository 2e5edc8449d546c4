package id.kotacerdas.qris;

/**
 * A merchant account information template (objects 26–51): the payment provider's reverse-domain
 * globally unique identifier, the merchant PAN, the merchant id and the criterion, each null when
 * absent.
 */
public record AkunMerchant(String tag, String gui, String pan, String idMerchant, String kriteria) {
}
