package id.kotacerdas.layanan;

import java.util.List;

/**
 * The published service standards read by other modules (the evaluation bundles fill the PEKPPP/Ombudsman sheet
 * from them): for each active service, which of the 14 components of PermenPANRB 15/2014 are present.
 */
public interface StandarPelayanan {

	/** The components' words, in the regulation's order. */
	List<String> KOMPONEN = List.of("persyaratan", "prosedur", "waktu", "biaya", "produk", "pengaduan", "dasar-hukum", "sarana", "kompetensi",
			"pengawasan", "jumlah-pelaksana", "jaminan-pelayanan", "jaminan-keamanan", "evaluasi-kinerja");

	/** The number of components a standard has (PermenPANRB 15/2014). */
	int JUMLAH_KOMPONEN = KOMPONEN.size();

	/** The active services, by agency and name. */
	List<Kelengkapan> semua();

	/**
	 * @param opdId the owning agency
	 * @param kurang the components missing from the published standard, in the regulation's order, as the words of
	 *        {@link #KOMPONEN}
	 */
	record Kelengkapan(String kode, String nama, long opdId, String unit, int ada, List<String> kurang) {

		public Kelengkapan {
			kurang = List.copyOf(kurang);
		}

		public boolean lengkap() {
			return kurang.isEmpty();
		}
	}
}
