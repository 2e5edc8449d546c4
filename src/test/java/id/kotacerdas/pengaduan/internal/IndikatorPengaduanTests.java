package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Indikator.Hasil;
import id.kotacerdas.platform.Indikator.Nilai;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The complaint figures with concrete numbers in April 2021 (WITA), for an agency of their own so
 * that no other test's reports count, and beside the statistics page's figures for the same reports.
 * Each test's reports and agencies are rolled back, so other tests never meet them.
 */
@IntegrationTest
@Transactional
class IndikatorPengaduanTests {

	@Autowired
	List<Indikator> indikator;

	@Autowired
	StatistikPengaduan statistik;

	@Autowired
	DataTerbukaPengaduan dataTerbuka;

	@Autowired
	PengaduanService layanan;

	@Autowired
	Wilayah wilayah;

	@Autowired
	JdbcClient jdbc;

	static final Periode APRIL = Periode.bulan(YearMonth.of(2021, 4));

	static final Instant DITERIMA = LocalDateTime.parse("2021-04-05T09:00").atZone(Waktu.WITA).toInstant();

	long uji;

	long sepi;

	@BeforeEach
	void siapkan() {
		long n = System.nanoTime();
		uji = opdBaru("Dinas Uji Indikator " + n);
		sepi = opdBaru("Dinas Uji Tanpa Laporan " + n);
	}

	private long opdBaru(String nama) {
		return jdbc.sql("insert into opd.opd (nama, jenis) values (?, 'dinas') returning id").param(nama).query(Long.class).single();
	}

	private Indikator indikator(String kode) {
		return indikator.stream().filter(i -> i.definisi().kode().equals(kode)).findFirst().orElseThrow();
	}

	/**
	 * A report of the test agency received at {@link #DITERIMA}: first answer after {@code responsJam}
	 * (deadline 24 h), resolved after {@code selesaiJam} (deadline 48 h) or still open.
	 */
	private String laporan(Integer responsJam, Integer selesaiJam, int dibukaKembali) {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 2);
		String nomor = layanan.ajukan(new LaporanBaru("sampah", "Sampah menumpuk di pinggir jalan", kel.lat(), kel.lon(), null, "",
				"Maria Ndoen", "081234567890", "maria@contoh.id", false, false, Map.of(), List.of(), "web")).nomor();
		jdbc.sql("""
				update pengaduan.pengaduan set opd_id = :opd, diterima_pada = :d, tenggat_respons = :tr, tenggat_selesai = :ts,
				  direspons_pada = :r, selesai_pada = :s, kali_dibuka_kembali = :b, status = :status where nomor = :nomor""")
			.param("opd", uji)
			.param("d", PengaduanRepository.ts(DITERIMA))
			.param("tr", PengaduanRepository.ts(DITERIMA.plus(Duration.ofHours(24))))
			.param("ts", PengaduanRepository.ts(DITERIMA.plus(Duration.ofHours(48))))
			.param("r", responsJam == null ? null : PengaduanRepository.ts(DITERIMA.plus(Duration.ofHours(responsJam))))
			.param("s", selesaiJam == null ? null : PengaduanRepository.ts(DITERIMA.plus(Duration.ofHours(selesaiJam))))
			.param("b", dibukaKembali)
			.param("status", (selesaiJam == null ? StatusPengaduan.DIPROSES : StatusPengaduan.SELESAI).name())
			.param("nomor", nomor)
			.update();
		return nomor;
	}

	private static Nilai nilaiOpd(Hasil hasil, long opdId) {
		return hasil.perOpd().stream().filter(n -> n.opdId() == opdId).findFirst().orElseThrow().nilai();
	}

	@Test
	void fourReportsThreeAnsweredInTimeOneResolvedInTimeOneReopenedAndAnAgencyWithoutReportsHasNoData() {
		laporan(2, 24, 0); // answered and resolved in time
		laporan(4, 100, 1); // answered in time, resolved late, re-opened once
		laporan(30, null, 0); // answered late, still open past its deadline: a failure
		laporan(6, null, 0); // answered in time, still open past its deadline: a failure

		Hasil respons = indikator("pengaduan.respons-tepat-waktu").hitung(APRIL);
		assertThat(respons.kode()).isEqualTo("pengaduan.respons-tepat-waktu");
		assertThat(respons.periode()).isEqualTo(APRIL);
		assertThat(respons.dihitungPada()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
		Nilai r = nilaiOpd(respons, uji);
		assertThat(r.angka()).isEqualByComparingTo("75.0");
		assertThat(r.rasio()).isEqualTo(new Indikator.Rasio(3, 4));
		assertThat(r.jumlahCatatan()).isEqualTo(4);

		Nilai s = nilaiOpd(indikator("pengaduan.selesai-tepat-waktu").hitung(APRIL), uji);
		assertThat(s.angka()).isEqualByComparingTo("25.0");
		assertThat(s.rasio()).isEqualTo(new Indikator.Rasio(1, 4));

		Nilai b = nilaiOpd(indikator("pengaduan.dibuka-kembali").hitung(APRIL), uji);
		assertThat(b.angka()).isEqualByComparingTo("25.0");
		assertThat(b.rasio()).isEqualTo(new Indikator.Rasio(1, 4));

		// the agency without reports is listed, with no data rather than 0 %
		for (String kode : List.of("pengaduan.respons-tepat-waktu", "pengaduan.selesai-tepat-waktu", "pengaduan.dibuka-kembali")) {
			Nilai kosong = nilaiOpd(indikator(kode).hitung(APRIL), sepi);
			assertThat(kosong.adaData()).as(kode).isFalse();
			assertThat(kosong.angka()).isNull();
			assertThat(kosong.rasio()).isEqualTo(new Indikator.Rasio(0, 0));
			assertThat(kosong.jumlahCatatan()).isZero();
		}
		// another month of the same agency holds nothing
		assertThat(nilaiOpd(indikator("pengaduan.respons-tepat-waktu").hitung(Periode.bulan(YearMonth.of(2021, 5))), uji).adaData())
			.isFalse();
	}

	@Test
	void theFiguresAreTheStatisticsPagesFiguresForTheSameReports() {
		laporan(2, 24, 0);
		laporan(4, 100, 1);
		laporan(30, null, 0);
		laporan(null, null, 0); // never answered, past both deadlines
		laporan(1, 40, 2);

		Hasil selesai = indikator("pengaduan.selesai-tepat-waktu").hitung(APRIL);
		Hasil dibukaKembali = indikator("pengaduan.dibuka-kembali").hitung(APRIL);
		StatistikPengaduan.Baris opd = statistik.hitung("opd", APRIL.mulai(), APRIL.selesai()).stream()
			.filter(b -> b.kunci().equals(Long.toString(uji)))
			.findFirst()
			.orElseThrow();
		assertThat(opd.persenTepatWaktu()).isEqualTo(40.0);
		sama(nilaiOpd(selesai, uji), opd.persenTepatWaktu(), opd.tepatWaktu(), opd.jatuhTempo());
		sama(nilaiOpd(dibukaKembali, uji), opd.persenDibukaKembali(), -1, opd.diterima());

		// city-wide, the month as the statistics page groups it, whatever other reports April 2021 holds
		StatistikPengaduan.Baris bulan = statistik.hitung("bulan", APRIL.mulai(), APRIL.selesai()).get(0);
		assertThat(bulan.kunci()).isEqualTo("2021-04");
		sama(selesai.kota(), bulan.persenTepatWaktu(), bulan.tepatWaktu(), bulan.jatuhTempo());
		sama(dibukaKembali.kota(), bulan.persenDibukaKembali(), -1, bulan.diterima());
		// and the year is the sum of its months
		Hasil tahun = indikator("pengaduan.selesai-tepat-waktu").hitung(Periode.tahun(2021));
		assertThat(tahun.kota().rasio().penyebut()).isGreaterThanOrEqualTo(selesai.kota().rasio().penyebut());
		assertThat(tahun.kota().rasio().penyebut()).isEqualTo(statistik.hitung("bulan", Periode.tahun(2021).mulai(),
				Periode.tahun(2021).selesai()).stream().mapToLong(StatistikPengaduan.Baris::jatuhTempo).sum());
	}

	private static void sama(Nilai nilai, Double persenHalamanStatistik, long tepat, long dari) {
		assertThat(nilai.angka()).isEqualByComparingTo(BigDecimal.valueOf(persenHalamanStatistik));
		assertThat(nilai.rasio().penyebut()).isEqualTo(dari);
		if (tepat >= 0) {
			assertThat(nilai.rasio().pembilang()).isEqualTo(tepat);
		}
	}

	@Test
	void theOpenDatasetCountsTheSameReportsAsTheFigures() {
		laporan(2, 24, 0);
		laporan(30, null, 1);
		laporan(6, 30, 0);

		String namaOpd = jdbc.sql("select nama from opd.opd where id = ?").param(uji).query(String.class).single();
		List<List<Object>> baris = new ArrayList<>();
		long jumlah = dataTerbuka.baris(0, Long.MAX_VALUE, baris::add);
		assertThat(jumlah).isEqualTo(baris.size());
		List<String> kolom = dataTerbuka.metadata().kolom().stream().map(k -> k.nama()).toList();
		List<List<Object>> milikUji = baris.stream()
			.filter(b -> YearMonth.of(2021, 4).equals(b.get(kolom.indexOf("bulan"))) && namaOpd.equals(b.get(kolom.indexOf("opd"))))
			.toList();
		assertThat(milikUji).hasSize(1);
		List<Object> b = milikUji.get(0);
		assertThat(b.get(kolom.indexOf("kategori"))).isNotNull();
		assertThat(b.get(kolom.indexOf("kecamatan_kode"))).isEqualTo(DataUjiPengaduan.kelurahan(wilayah, 2).kecamatan().kode());
		assertThat(b.get(kolom.indexOf("diterima"))).isEqualTo(3L);
		assertThat(b.get(kolom.indexOf("respons_tepat_waktu"))).isEqualTo(2L);
		assertThat(b.get(kolom.indexOf("respons_jatuh_tempo"))).isEqualTo(3L);
		assertThat((BigDecimal) b.get(kolom.indexOf("persen_respons_tepat_waktu"))).isEqualByComparingTo("66.7");
		assertThat(b.get(kolom.indexOf("selesai_tepat_waktu"))).isEqualTo(2L);
		assertThat(b.get(kolom.indexOf("selesai_jatuh_tempo"))).isEqualTo(3L);
		assertThat(b.get(kolom.indexOf("dibuka_kembali"))).isEqualTo(1L);
		Nilai respons = nilaiOpd(indikator("pengaduan.respons-tepat-waktu").hitung(APRIL), uji);
		assertThat(respons.angka()).isEqualByComparingTo((BigDecimal) b.get(kolom.indexOf("persen_respons_tepat_waktu")));

		// pages: skipping and limiting read the same rows in the same order
		List<List<Object>> halaman = new ArrayList<>();
		assertThat(dataTerbuka.baris(1, 2, halaman::add)).isEqualTo(Math.min(2, Math.max(0, baris.size() - 1)));
		assertThat(halaman).isEqualTo(baris.subList(1, 1 + halaman.size()));
		assertThat(dataTerbuka.cakupanWaktu()).hasValueSatisfying(c -> assertThat(c.mulai()).isBeforeOrEqualTo(java.time.LocalDate.of(2021, 4, 1)));
	}
}
