package id.kotacerdas.kepegawaian.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * The direct superior's rating of an employee's work behaviour in a month, per core value of the
 * civil service (BerAKHLAK, PermenPANRB 6/2022 on performance management): 1 below, 2 as, 3 above
 * expectation.
 */
record PenilaianPerilaku(long pegawaiId, YearMonth bulan, Map<NilaiBerakhlak, Integer> nilai, long penilaiId, Instant dinilai) {

	static final int DI_BAWAH = 1;

	static final int DI_ATAS = 3;

	/** The seven BerAKHLAK values, in their order. */
	enum NilaiBerakhlak {

		BERORIENTASI_PELAYANAN("berorientasi_pelayanan"), AKUNTABEL("akuntabel"), KOMPETEN("kompeten"), HARMONIS("harmonis"),
		LOYAL("loyal"), ADAPTIF("adaptif"), KOLABORATIF("kolaboratif");

		/** Its column in kepegawaian.penilaian_perilaku. */
		final String kolom;

		NilaiBerakhlak(String kolom) {
			this.kolom = kolom;
		}

		/** Its message key and form field: the column's words. */
		public String kunci() {
			return kolom.replace('_', '-');
		}
	}

	PenilaianPerilaku {
		nilai = new EnumMap<>(nilai);
	}
}
