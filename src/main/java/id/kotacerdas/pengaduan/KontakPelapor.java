package id.kotacerdas.pengaduan;

/**
 * A reporter who follows up from the phone they filed from (WhatsApp, SMS) rather than through the
 * private link: the report's channel and the number, in any spelling ({@code +62} or {@code 0}).
 * A report answers only to the channel and number it was filed with.
 */
public record KontakPelapor(String saluran, String telepon) {
}
