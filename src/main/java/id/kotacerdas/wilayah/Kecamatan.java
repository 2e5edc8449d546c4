package id.kotacerdas.wilayah;

/** A district (kecamatan), identified by its Kemendagri code, e.g. {@code 53.71.01}. */
public record Kecamatan(String kode, String nama) {
}
