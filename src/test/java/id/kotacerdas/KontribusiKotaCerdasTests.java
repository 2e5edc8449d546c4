package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * What the modules contribute to the masterplan dashboard and the open-data portal, listed from the
 * whole application on the {@code --demo} data (reports with named, anonymous and confidential
 * reporters, a fleet with holders, drivers and fuel purchases): every figure and dataset is printed,
 * every text it names exists in both languages, and no dataset holds personal data, neither by its
 * columns' names nor in its rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class KontribusiKotaCerdasTests {

	/** Column names that say "a person": a whole word of the name (words joined by underscores). */
	static final Pattern KOLOM_PRIBADI = Pattern.compile("(^|_)(nik|nip|nama|name|email|surel|telepon|telp|phone|hp|wa|whatsapp|alamat"
			+ "|address|lat|lon|lng|latitude|longitude|koordinat|token|pelapor|pengemudi|pemegang|nomor|plat|polisi|struk|deskripsi"
			+ "|keterangan|catatan|foto)(_|$)");

	/** Values that look like a person's data, or a key to one, whatever the column is called. */
	static final Map<String, Pattern> NILAI_PRIBADI = Map.of(
			"NIK", Pattern.compile("(?<!\\d)\\d{16}(?!\\d)"),
			"NIP", Pattern.compile("(?<!\\d)\\d{8}[ .]?\\d{6}[ .]?[12][ .]?\\d{3}(?!\\d)"),
			"e-mail", Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
			"telepon", Pattern.compile("(?<!\\d)(\\+?62|0)[ -]?8[\\d -]{7,13}\\d"),
			"nomor pengaduan", Pattern.compile("\\b[A-Z]{2,10}-\\d{4}-\\d{3,}\\b"),
			"nomor polisi", Pattern.compile("\\b[A-Z]{1,2} ?\\d{1,4} ?[A-Z]{1,3}\\b"),
			"koordinat", Pattern.compile("-?\\d{1,3}\\.\\d{4,}"));

	@Autowired
	ApplicationContext konteks;

	@Autowired
	MessageSource pesan;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void everyContributedFigureAndDatasetIsListedWithItsTextsInBothLanguages() {
		Map<String, Indikator> indikator = new TreeMap<>(konteks.getBeansOfType(Indikator.class));
		Map<String, DataTerbuka> data = new TreeMap<>(konteks.getBeansOfType(DataTerbuka.class));
		Periode bulanIni = Periode.bulan(YearMonth.now(clock));
		StringBuilder daftar = new StringBuilder("\nIndikator (").append(indikator.size()).append("), ").append(bulanIni).append('\n');
		indikator.forEach((bean, i) -> {
			Indikator.Definisi d = i.definisi();
			Indikator.Hasil h = i.hitung(bulanIni);
			daftar.append("  %-38s %-40s %s / %s, %s, %s%n      %s%n      sumber: %s — %s%n      kota: %s (%s dari %s, %d catatan); %d instansi, %d dengan data%n"
				.formatted(bean, d.kode(), teks(d.dimensi().kodePesan()), teks(d.elemen().kodePesan()), teks(d.satuan().kodePesan()),
						teks(d.arah().kodePesan()), teks(d.kodeNama()), d.sumber().modul(), teks(d.sumber().kodeKeterangan()),
						Optional.ofNullable(h.kota().angka()).map(BigDecimal::toPlainString).orElse(teks("kota-cerdas.tidak-ada-data")),
						h.kota().rasio().pembilang(), h.kota().rasio().penyebut(), h.kota().jumlahCatatan(), h.perOpd().size(),
						h.perOpd().stream().filter(n -> n.nilai().adaData()).count()));
			Stream.of(d.kodeNama(), d.kodeRumus(), d.sumber().kodeKeterangan(), d.dimensi().kodePesan(), d.elemen().kodePesan(),
					d.satuan().kodePesan(), d.arah().kodePesan()).forEach(this::adaDalamDuaBahasa);
			assertThat(h.kode()).isEqualTo(d.kode());
			assertThat(h.periode()).isEqualTo(bulanIni);
		});
		daftar.append("DataTerbuka (").append(data.size()).append(")\n");
		data.forEach((bean, t) -> {
			DataTerbuka.Metadata m = t.metadata();
			daftar.append("  %-38s %s: %s%n      %s, %s, lisensi %s, penerbit %s, wilayah %s, kata kunci %s, cakupan %s%n      kolom: %s%n"
				.formatted(bean, m.kode(), teks(m.kodeJudul()), teks(m.tema().kodePesan()), teks(m.frekuensi().kodePesan()), m.lisensi(),
						m.penerbit(), m.wilayah(), m.kataKunci(), t.cakupanWaktu().map(Object::toString).orElse("-"),
						t.metadata().kolom().stream().map(k -> k.nama() + ":" + k.jenis().jenisCkan()).collect(Collectors.joining(", "))));
			Stream.concat(Stream.of(m.kodeJudul(), m.kodeKeterangan(), m.tema().kodePesan(), m.frekuensi().kodePesan()),
					t.metadata().kolom().stream().map(DataTerbuka.Kolom::kodeKeterangan)).forEach(this::adaDalamDuaBahasa);
		});
		System.out.println(daftar);

		assertThat(indikator.values()).extracting(i -> i.definisi().kode())
			.containsExactlyInAnyOrder("pengaduan.respons-tepat-waktu", "pengaduan.selesai-tepat-waktu", "pengaduan.dibuka-kembali",
					"armada.kendaraan-terlacak", "armada.belanja-bbm-terhadap-anggaran", "kepegawaian.asn-bergelar",
					"kepegawaian.asn-pensiun-12-bulan", "kepegawaian.perempuan-struktural", "pasar.indeks-harga-mingguan", "pasar.komoditas-di-atas-het",
					"umkm.pengguna-qris", "survei.ikm", "survei.selesai-tepat-waktu", "pelatihan.umkm-dilatih",
					"iven.cakupan-event-kelurahan", "wifi.cakupan-tempat-layanan", "wifi.cakupan-wilayah-kota", "pju.menyala", "jalan.kondisi-mantap")
			.doesNotHaveDuplicates();
		assertThat(indikator.values()).allSatisfy(i -> assertThat(i.definisi().kode()).startsWith(i.definisi().sumber().modul() + "."));
		assertThat(data.values()).extracting(t -> t.metadata().kode())
			.containsExactlyInAnyOrder("statistik-pengaduan-bulanan", "bbm-kendaraan-dinas-bulanan", "komposisi-asn-per-opd", "harga-pasar-harian",
				"umkm-terdaftar", "pelatihan-umkm", "acara-kelurahan", "wifi-publik-ketersediaan");
		assertThat(data.values()).allSatisfy(t -> {
			assertThat(t.metadata().lisensi()).isEqualTo("CC-BY-4.0");
			assertThat(t.metadata().wilayah()).isEqualTo("53.71");
			assertThat(t.metadata().tema()).isIn((Object[]) ElemenKotaCerdas.values());
			assertThat(t.cakupanWaktu()).as("the demo data lies in the datasets' time").isPresent();
		});
	}

	private String teks(String kode) {
		return pesan.getMessage(kode, null, Locale.forLanguageTag("id"));
	}

	private void adaDalamDuaBahasa(String kode) {
		assertThat(pesan.getMessage(kode, null, Locale.forLanguageTag("id"))).as(kode).isNotBlank();
		assertThat(pesan.getMessage(kode, null, Locale.ENGLISH)).as(kode).isNotBlank();
	}

	@Test
	void noDatasetHasAColumnNamedForPersonalData() {
		assertThat(konteks.getBeansOfType(DataTerbuka.class).values()).isNotEmpty()
			.allSatisfy(t -> assertThat(kolomPribadi(t)).as(t.metadata().kode()).isEmpty());
	}

	@Test
	void noDatasetRowHoldsAValueThatLooksLikePersonalDataOrIsOneFromTheSourceRecords() {
		Set<String> pribadi = nilaiPribadiDiSumber();
		// the demo data really holds what must not leave: otherwise this test would prove nothing
		assertThat(pribadi).contains("Yohanes Ndun", "081239001122", "yohanes.ndun@contoh.invalid", "Agustinus Laka", "Yoseph Manu",
				"DH 8021 KP");
		Map<String, Long> jumlahBaris = new TreeMap<>();
		for (DataTerbuka t : konteks.getBeansOfType(DataTerbuka.class).values()) {
			List<List<Object>> baris = new ArrayList<>();
			jumlahBaris.put(t.metadata().kode(), t.baris(0, Long.MAX_VALUE, baris::add));
			assertThat(baris).as(t.metadata().kode()).isNotEmpty();
			assertThat(pelanggaran(t, baris, pribadi)).as(t.metadata().kode()).isEmpty();
		}
		System.out.println("Rows read: " + jumlahBaris);
	}

	/** The checks catch what they are meant to: a dataset with a NIK column and a reporter's contact in a row. */
	@Test
	void theChecksRefuseADatasetWithPersonalData() {
		DataTerbuka bocor = new DataTerbuka() {

			@Override
			public Metadata metadata() {
				return new Metadata("bocor", "j", "k", List.of(), ElemenKotaCerdas.PELAYANAN_PUBLIK, Frekuensi.BULANAN, "CC-BY-4.0", "x", "53.71",
						Stream.of("nik", "nama_pelapor", "email", "lat", "nomor_pengaduan", "hp", "jumlah")
							.map(n -> new Kolom(n, n.equals("jumlah") ? JenisKolom.BILANGAN_BULAT : JenisKolom.TEKS, "k"))
							.toList());
			}

			@Override
			public Optional<CakupanWaktu> cakupanWaktu() {
				return Optional.empty();
			}

			@Override
			public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
				tujuan.accept(List.of("5371010101900001", "Ani", "ani@contoh.id", "-10.17721", "KPG-2026-000123", "0812 3456 7890", 3L));
				return 1;
			}
		};
		assertThat(kolomPribadi(bocor)).containsExactly("nik", "nama_pelapor", "email", "lat", "nomor_pengaduan", "hp");
		List<List<Object>> baris = new ArrayList<>();
		bocor.baris(0, 1, baris::add);
		assertThat(pelanggaran(bocor, baris, Set.of("Ani")))
			.anyMatch(p -> p.contains("NIK"))
			.anyMatch(p -> p.contains("e-mail"))
			.anyMatch(p -> p.contains("telepon"))
			.anyMatch(p -> p.contains("nomor pengaduan"))
			.anyMatch(p -> p.contains("koordinat"))
			.anyMatch(p -> p.contains("from the source records"));
		assertThat(pelanggaran(bocor, List.of(List.of("Budi", "x", "y", "z", "a", "b", BigDecimal.ONE)), Set.of()))
			.anyMatch(p -> p.contains("jumlah") && p.contains("BigDecimal"));
	}

	static List<String> kolomPribadi(DataTerbuka t) {
		return t.metadata().kolom().stream().map(DataTerbuka.Kolom::nama).filter(n -> KOLOM_PRIBADI.matcher(n).find()).toList();
	}

	/** Every value of the wrong type, or looking like personal data, or being one of the source's personal values. */
	static List<String> pelanggaran(DataTerbuka t, List<List<Object>> baris, Set<String> pribadi) {
		List<String> salah = new ArrayList<>();
		List<DataTerbuka.Kolom> kolom = t.metadata().kolom();
		for (List<Object> b : baris) {
			if (b.size() != kolom.size()) {
				salah.add(b.size() + " values for " + kolom.size() + " columns: " + b);
				continue;
			}
			for (int i = 0; i < b.size(); i++) {
				Object nilai = b.get(i);
				if (nilai == null) {
					continue;
				}
				DataTerbuka.Kolom k = kolom.get(i);
				if (!k.jenis().jenisJava().isInstance(nilai)) {
					salah.add(k.nama() + " is " + nilai.getClass().getSimpleName() + ", not " + k.jenis().jenisJava().getSimpleName());
				}
				if (nilai instanceof BigDecimal angka && angka.scale() > 2) {
					salah.add(k.nama() + " = " + angka + " has the precision of a coordinate");
				}
				String teks = nilai.toString();
				NILAI_PRIBADI.forEach((jenis, pola) -> {
					if (pola.matcher(teks).find()) {
						salah.add(k.nama() + " = '" + teks + "' looks like a " + jenis);
					}
				});
				if (pribadi.stream().anyMatch(p -> teks.equalsIgnoreCase(p) || p.length() >= 8 && teks.toLowerCase(Locale.ROOT)
					.contains(p.toLowerCase(Locale.ROOT)))) {
					salah.add(k.nama() + " = '" + teks + "' is personal data from the source records");
				}
			}
		}
		return salah;
	}

	/** What identifies or reaches a person in the complaints and the fleet, as stored. */
	private Set<String> nilaiPribadiDiSumber() {
		Set<String> nilai = new HashSet<>();
		Stream.of("select nomor, nama_pelapor, telepon_pelapor, email_pelapor, alamat, deskripsi from pengaduan.pengaduan",
				"select nomor_polisi, tracker_id, nip_pemegang, nama_pemegang from armada.kendaraan",
				"select pengemudi, nomor_struk, spbu from armada.pembelian_bbm",
				"select nama, email from akun.pengguna")
			.forEach(sql -> jdbc.sql(sql).query(rs -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					String v = rs.getString(i);
					if (v != null && !v.isBlank()) {
						nilai.add(v.strip());
					}
				}
			}));
		return nilai;
	}

}
