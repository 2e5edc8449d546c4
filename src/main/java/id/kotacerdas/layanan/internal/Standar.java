package id.kotacerdas.layanan.internal;

/**
 * The 14 components of a service standard (PermenPANRB 15/2014, Lampiran). Six are the
 * service-delivery part the citizen reads (komponen penyampaian pelayanan): requirements,
 * procedure, time, fee, product, complaints. Eight are the manufacturing part
 * (komponen pengelolaan pelayanan): legal basis, facilities, competence, internal supervision,
 * staffing, service guarantee, security and safety guarantee, performance evaluation. The legal
 * basis is of the second part in the regulation, yet the public page shows it too.
 * The documents to upload and the ordered steps are kept on the service itself; the texts here
 * say what they do not (an original to show at the counter, how the procedure starts).
 *
 * @param persyaratan requirements beyond the uploaded documents, in words (may be empty when the documents say it all)
 * @param prosedur the procedure beyond the ordered steps, in words (may be empty)
 * @param batasHariKerja the published time limit, in working days
 * @param biaya the fee in whole rupiah, 0 = free
 * @param keteranganBiaya the fee in words where it is assessed per application (a retribution by a regional regulation), else empty
 * @param masaBerlakuBulan how many months the product is valid from its issue (an SKTM six), or null when it has no end
 */
record Standar(String persyaratan, String prosedur, int batasHariKerja, long biaya, String keteranganBiaya, String produk, String pengaduan, String dasarHukum,
		String sarana, String kompetensi, String pengawasan, String jumlahPelaksana, String jaminanPelayanan, String jaminanKeamanan,
		String evaluasiKinerja, Integer masaBerlakuBulan) {

	/** The longest validity an agency may publish, in months (ten years). */
	static final int MASA_BERLAKU_MAKS = 120;
}
