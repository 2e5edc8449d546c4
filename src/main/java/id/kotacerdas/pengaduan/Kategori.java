package id.kotacerdas.pengaduan;

import java.util.List;

/**
 * A complaint category (an Open311 service).
 *
 * @param opdNama the responsible agency's short name (the Open311 {@code group})
 * @param kataKunci comma-separated keywords
 * @param aktif inactive categories take no new reports
 * @param asetJenis the kind of city asset a report of this category is about ({@link JenisAset#kode()}), or null
 */
public record Kategori(String kode, String nama, String keterangan, String kataKunci, Long opdId, String opdNama,
		int slaHariKerja, List<Pertanyaan> pertanyaan, int urutan, boolean aktif, String asetJenis) {

}
