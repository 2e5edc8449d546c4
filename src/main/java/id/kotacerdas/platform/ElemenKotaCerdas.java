package id.kotacerdas.platform;

import static id.kotacerdas.platform.DimensiKotaCerdas.*;

import java.util.Arrays;
import java.util.List;

/**
 * The masterplan's three elements of each dimension ({@link DimensiKotaCerdas}), as in Kominfo's
 * masterplan guide. A figure ({@link Indikator}) or a dataset ({@link DataTerbuka}) names the element
 * it belongs to; the dimension follows from it.
 */
public enum ElemenKotaCerdas {

	PELAYANAN_PUBLIK(TATA_KELOLA), MANAJEMEN_BIROKRASI(TATA_KELOLA), KEBIJAKAN_PUBLIK(TATA_KELOLA),
	EKOSISTEM_PARIWISATA(PENCITRAAN), PLATFORM_BISNIS_DAERAH(PENCITRAAN), WAJAH_KOTA(PENCITRAAN),
	EKOSISTEM_INDUSTRI(EKONOMI), KESEJAHTERAAN_RAKYAT(EKONOMI), EKOSISTEM_TRANSAKSI_KEUANGAN(EKONOMI),
	POLA_HIDUP(KEHIDUPAN), KESEHATAN(KEHIDUPAN), TRANSPORTASI(KEHIDUPAN),
	KOMUNITAS(MASYARAKAT), EKOSISTEM_BELAJAR(MASYARAKAT), SISTEM_KEAMANAN(MASYARAKAT),
	PROTEKSI_LINGKUNGAN(LINGKUNGAN), PENGELOLAAN_SAMPAH(LINGKUNGAN), PENGELOLAAN_ENERGI(LINGKUNGAN);

	private final DimensiKotaCerdas dimensi;

	ElemenKotaCerdas(DimensiKotaCerdas dimensi) {
		this.dimensi = dimensi;
	}

	public DimensiKotaCerdas dimensi() {
		return dimensi;
	}

	public String kodePesan() {
		return "kota-cerdas.elemen." + name();
	}

	/** The dimension's elements in the masterplan's order. */
	public static List<ElemenKotaCerdas> dari(DimensiKotaCerdas dimensi) {
		return Arrays.stream(values()).filter(e -> e.dimensi == dimensi).toList();
	}
}
