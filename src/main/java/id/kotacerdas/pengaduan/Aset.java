package id.kotacerdas.pengaduan;

/**
 * A city asset as a complaint names it.
 *
 * @param jenis the {@link JenisAset#kode()} of its kind
 * @param id its id as printed on the asset (the sticker's id)
 * @param nama words for people: "Tiang PJU-0012, Jl. El Tari"
 * @param lat with {@code lon} where it stands (WGS84); a report without a pin is routed by it
 */
public record Aset(String jenis, String id, String nama, double lat, double lon) {
}
