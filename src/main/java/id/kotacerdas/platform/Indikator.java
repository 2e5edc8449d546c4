package id.kotacerdas.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A figure of the city's smart-city masterplan that a module computes from its own records. A module
 * declares one bean per figure (like {@link Layanan} and {@link PerluTindakan}); the masterplan
 * dashboard reads them all and knows nothing of the module's internals. A value never comes without
 * its source: which records, how many, and when it was computed.
 */
public interface Indikator {

	/** What the figure is; the same for every period. */
	Definisi definisi();

	/** The figure for the period, city-wide and per agency, computed from the records as they are now. */
	Hasil hitung(Periode periode);

	/**
	 * The figure for the period per kelurahan, for the masterplan's drill-down, every kelurahan listed (one without
	 * records has no data); empty (the default) where the module's records have no place.
	 */
	default List<NilaiWilayah> perKelurahan(Periode periode) {
		return List.of();
	}

	/**
	 * @param kode stable code, {@code <module>.<figure>}, by which targets and history refer to it
	 * @param kodeNama message key of its name
	 * @param kodeRumus message key of how a value is made from its parts, {0} the numerator and {1} the
	 * denominator of {@link Nilai#rasio()}
	 */
	record Definisi(String kode, String kodeNama, ElemenKotaCerdas elemen, Satuan satuan, Arah arah, String kodeRumus,
			Sumber sumber) {

		public DimensiKotaCerdas dimensi() {
			return elemen.dimensi();
		}
	}

	/**
	 * Where a figure comes from, so the dashboard can show its proof.
	 *
	 * @param modul the contributing module ({@code pengaduan}, {@code armada}, …)
	 * @param kodeKeterangan message key: which records (which data, which query) and how they are counted, in words
	 */
	record Sumber(String modul, String kodeKeterangan) {
	}

	/** Which way is better, against a target. */
	enum Arah {

		NAIK_LEBIH_BAIK, TURUN_LEBIH_BAIK;

		public String kodePesan() {
			return "kota-cerdas.arah." + name();
		}
	}

	/** The unit of {@link Nilai#angka()}, with the decimals it is given in. */
	enum Satuan {

		PERSEN(1), JUMLAH(0), RUPIAH(0),
		/** A score on a scale of its own, such as the satisfaction index IKM (25–100). */
		INDEKS(2);

		private final int desimal;

		Satuan(int desimal) {
			this.desimal = desimal;
		}

		public int desimal() {
			return desimal;
		}

		public String kodePesan() {
			return "kota-cerdas.satuan." + name();
		}
	}

	/**
	 * A figure for one period.
	 *
	 * @param kota city-wide, including records of no agency
	 * @param perOpd per agency, every agency listed even without records ("no data"); empty when the
	 * figure has no breakdown
	 */
	record Hasil(String kode, Periode periode, Nilai kota, List<NilaiOpd> perOpd, Instant dihitungPada) {

		public Hasil {
			perOpd = List.copyOf(perOpd);
		}
	}

	/** @param opd the agency's name as staff say it (its short name where there is one) */
	record NilaiOpd(long opdId, String opd, Nilai nilai) {
	}

	/** @param kelurahan the kelurahan's name, {@code kecamatan} its kecamatan's (names for people, never codes) */
	record NilaiWilayah(String kelurahan, String kecamatan, Nilai nilai) {
	}

	/**
	 * One value and the proof behind it.
	 *
	 * @param angka the value in the figure's {@link Satuan}; null when there is nothing to compute it
	 * from ("no data", which is not 0)
	 * @param rasio the parts it is computed from, null for a figure that is not a ratio
	 * @param jumlahCatatan how many source records were read for it
	 */
	record Nilai(BigDecimal angka, Rasio rasio, long jumlahCatatan) {

		/** A percentage with one decimal, half up, of {@code bagian} out of {@code dari}; no data when {@code dari} is 0. */
		public static Nilai persen(long bagian, long dari, long jumlahCatatan) {
			BigDecimal angka = dari == 0 ? null
					: BigDecimal.valueOf(bagian).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(dari), Satuan.PERSEN.desimal(),
							RoundingMode.HALF_UP);
			return new Nilai(angka, new Rasio(bagian, dari), jumlahCatatan);
		}

		public boolean adaData() {
			return angka != null;
		}
	}

	/**
	 * @param pembilang the numerator, {0} in {@link Definisi#kodeRumus()}
	 * @param penyebut the denominator, {1}
	 */
	record Rasio(long pembilang, long penyebut) {

		public Rasio {
			if (pembilang < 0 || penyebut < 0) {
				throw new IllegalArgumentException("negative ratio " + pembilang + "/" + penyebut);
			}
		}
	}
}
