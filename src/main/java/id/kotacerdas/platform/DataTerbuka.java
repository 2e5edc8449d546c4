package id.kotacerdas.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A dataset a module may publish as open data. A module declares one bean per dataset (like
 * {@link Indikator}); the open-data portal reads them all and knows nothing of the module's
 * internals. The metadata maps onto CKAN and DCAT; the rows hold no personal data (no names, NIK or
 * NIP, contacts, addresses, exact coordinates, tracking numbers or free text), only counts and
 * amounts in groups.
 */
public interface DataTerbuka {

	/** What the dataset is (CKAN package, DCAT dataset) and its columns. */
	Metadata metadata();

	/** The first and last day the rows cover (DCAT temporal); empty while there are none. */
	Optional<CakupanWaktu> cakupanWaktu();

	/**
	 * Reads the rows in a fixed order, skipping {@code lewati} and handing at most {@code batas} to
	 * {@code tujuan} one at a time (a preview reads 100, an API a page, a refresh all of them in one
	 * pass). Each row holds one value per {@link Metadata#kolom()}, of its {@link JenisKolom#jenisJava()}, or
	 * null. {@code tujuan} may run while the query still holds its database connection: it should write
	 * to memory or a file, not to a slow client.
	 *
	 * @return how many rows were handed over
	 */
	long baris(long lewati, long batas, Consumer<List<Object>> tujuan);

	/**
	 * @param kode the stable identifier: CKAN {@code name}, DCAT {@code dct:identifier}, URL-safe
	 * @param kodeJudul message key of the title ({@code title}, {@code dct:title})
	 * @param kodeKeterangan message key of the description: what is counted and how, units included
	 * ({@code notes}, {@code dct:description}; Satu Data's concept and definition)
	 * @param kataKunci keywords ({@code tags}, {@code dcat:keyword}), lower case
	 * @param tema the masterplan element it belongs to ({@code groups}, {@code dcat:theme})
	 * @param frekuensi how often it is refreshed ({@code dct:accrualPeriodicity})
	 * @param lisensi CKAN {@code license_id}, e.g. {@code CC-BY-4.0} ({@code dct:license})
	 * @param penerbit short name of the publishing agency ({@code organization}, {@code dct:publisher})
	 * @param wilayah the city's Kemendagri code ({@code dct:spatial})
	 * @param kolom the columns, in the order of every row (the CKAN DataStore's fields)
	 */
	record Metadata(String kode, String kodeJudul, String kodeKeterangan, List<String> kataKunci, ElemenKotaCerdas tema,
			Frekuensi frekuensi, String lisensi, String penerbit, String wilayah, List<Kolom> kolom) {

		/** CKAN's rule for a package name. */
		private static final Pattern KODE = Pattern.compile("[a-z0-9_-]{2,100}");

		public Metadata {
			if (kode == null || !KODE.matcher(kode).matches()) {
				throw new IllegalArgumentException("dataset code must be 2-100 of a-z, 0-9, - and _: " + kode);
			}
			kataKunci = List.copyOf(kataKunci);
			kolom = List.copyOf(kolom);
			Objects.requireNonNull(tema, "tema");
			Objects.requireNonNull(frekuensi, "frekuensi");
		}
	}

	/**
	 * @param nama the column's name in files and APIs, lower case with underscores
	 * @param kodeKeterangan message key of what it holds, with its unit
	 */
	record Kolom(String nama, JenisKolom jenis, String kodeKeterangan) {

		private static final Pattern NAMA = Pattern.compile("[a-z][a-z0-9_]*");

		public Kolom {
			if (nama == null || !NAMA.matcher(nama).matches()) {
				throw new IllegalArgumentException("column name must be lower case with underscores: " + nama);
			}
			Objects.requireNonNull(jenis, "jenis");
		}
	}

	/**
	 * A column's type: the Java type of its values and the CKAN DataStore type. Exact numbers only. A day is a
	 * {@link LocalDate} (WITA), so pages can write it in words and files keep it ISO; never a date in a text column.
	 */
	enum JenisKolom {

		TEKS(String.class, "text"), BILANGAN_BULAT(Long.class, "int8"), DESIMAL(BigDecimal.class, "numeric"),
		BULAN(YearMonth.class, "text"), TANGGAL(LocalDate.class, "date");

		private final Class<?> jenisJava;

		private final String jenisCkan;

		JenisKolom(Class<?> jenisJava, String jenisCkan) {
			this.jenisJava = jenisJava;
			this.jenisCkan = jenisCkan;
		}

		public Class<?> jenisJava() {
			return jenisJava;
		}

		public String jenisCkan() {
			return jenisCkan;
		}
	}

	/** How often a dataset is refreshed, with its term in the EU frequency vocabulary that DCAT-AP uses. */
	enum Frekuensi {

		HARIAN("DAILY"), MINGGUAN("WEEKLY"), BULANAN("MONTHLY"), TRIWULANAN("QUARTERLY"), TAHUNAN("ANNUAL");

		private final String istilahEu;

		Frekuensi(String istilahEu) {
			this.istilahEu = istilahEu;
		}

		/** e.g. {@code http://publications.europa.eu/resource/authority/frequency/MONTHLY} */
		public String iri() {
			return "http://publications.europa.eu/resource/authority/frequency/" + istilahEu;
		}

		public String kodePesan() {
			return "kota-cerdas.frekuensi." + name();
		}
	}

	/** Both days inclusive. */
	record CakupanWaktu(LocalDate mulai, LocalDate selesai) {

		/**
		 * Whole months in WITA, from that of the first record to that of the last (as JDBC reads a
		 * {@code timestamptz}); empty without records.
		 */
		public static Optional<CakupanWaktu> bulanAntara(OffsetDateTime pertama, OffsetDateTime terakhir) {
			if (pertama == null || terakhir == null) {
				return Optional.empty();
			}
			return Optional.of(new CakupanWaktu(YearMonth.from(pertama.atZoneSameInstant(Waktu.WITA)).atDay(1),
					YearMonth.from(terakhir.atZoneSameInstant(Waktu.WITA)).atEndOfMonth()));
		}
	}
}
