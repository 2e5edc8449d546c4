package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A live indicator's stored value for a year, with the parts and the count of records it was computed from, and when. */
record Cuplikan(long indikatorId, int tahun, BigDecimal angka, Long pembilang, Long penyebut, long jumlahCatatan, String sumberModul,
		Instant dihitungPada) {

	/** One agency's share of it. */
	record PerOpd(long opdId, String opd, BigDecimal angka, Long pembilang, Long penyebut, long jumlahCatatan) {
	}

	/** One kelurahan's share of it (names for people, never codes). */
	record PerKelurahan(String kelurahan, String kecamatan, BigDecimal angka, Long pembilang, Long penyebut, long jumlahCatatan) {

		public boolean adaData() {
			return angka != null;
		}
	}
}
