package id.kotacerdas.permohonan;

/**
 * Who applies, without an account: NIK (checked by {@link id.kotacerdas.platform.Nik}), name, and at least one contact.
 *
 * @param email where notifications go, or null
 * @param telepon a phone number (SMS/WhatsApp gateway when configured), or null
 */
public record Pemohon(String nik, String nama, String email, String telepon) {
}
