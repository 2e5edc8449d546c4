package id.kotacerdas.armada.laporan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Indikator.Hasil;
import id.kotacerdas.platform.Indikator.Nilai;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/**
 * The fleet's figures with concrete numbers in March 2019 (WITA), for an agency of their own, beside
 * the monthly fuel report's budget and savings for the same purchases. Each test's agencies and
 * vehicles are rolled back, so other tests (a whole-register export) never meet them.
 */
@IntegrationTest
@Transactional
class IndikatorArmadaTests {

	@Autowired
	List<Indikator> indikator;

	@Autowired
	LaporanArmada laporan;

	@Autowired
	DataTerbukaBbm dataTerbuka;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	static final YearMonth MARET = YearMonth.of(2019, 3);

	long uji;

	long tanpaKendaraan;

	String singkatan;

	@BeforeEach
	void siapkan() {
		long n = System.nanoTime();
		singkatan = "UJI" + n;
		uji = jdbc.sql("insert into opd.opd (nama, singkatan, jenis) values (?, ?, 'dinas') returning id")
			.params("Dinas Uji Armada " + n, singkatan).query(Long.class).single();
		tanpaKendaraan = jdbc.sql("insert into opd.opd (nama, jenis) values (?, 'dinas') returning id")
			.param("Dinas Uji Tanpa Kendaraan " + n).query(Long.class).single();
	}

	private static Instant maret(int hari, int jam) {
		return LocalDateTime.of(2019, 3, hari, jam, 0).atZone(Waktu.WITA).toInstant();
	}

	private long kendaraan(String status, Long anggaranBulanan) {
		long n = System.nanoTime();
		return jdbc.sql("""
				insert into armada.kendaraan (nomor_polisi, tracker_id, opd_id, golongan, jenis_bbm, kapasitas_tangki, norma_km_per_liter,
				  kuota_rupiah_bulanan, nip_pemegang, nama_pemegang, kondisi, status, dibuat, diubah)
				values (:plat, :tracker, :opd, 'OPERASIONAL', 'PERTALITE', 45, 10, :anggaran, '198703122010011003', 'Yohanes Bria',
				  'BAIK', :status, now(), now())
				returning id""")
			.param("plat", "DH " + n % 10000 + " UA" + n)
			.param("tracker", "indikator-" + n)
			.param("opd", uji)
			.param("anggaran", anggaranBulanan)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private void posisi(long kendaraan, Instant waktu, boolean valid, Double jarakM) {
		jdbc.sql("""
				insert into armada.posisi (kendaraan_id, waktu, diterima, lat, lon, valid, jarak_m)
				values (?, ?, ?, -10.1772, 123.607, ?, ?)""")
			.params(kendaraan, Timestamp.from(waktu), Timestamp.from(waktu), valid, jarakM)
			.update();
	}

	private void beli(long kendaraan, Instant waktu, String liter, long rupiah) {
		jdbc.sql("""
				insert into armada.pembelian_bbm (kendaraan_id, waktu, pengemudi, jenis_bbm, liter, harga_per_liter, total_rupiah,
				  nomor_struk, liter_diizinkan, dicatat_oleh, dibuat)
				values (?, ?, 'Yoseph Manu', 'PERTALITE', ?, 10000, ?, 'STR-0001', 50, 'uji', now())""")
			.params(kendaraan, Timestamp.from(waktu), new BigDecimal(liter), rupiah)
			.update();
	}

	private Indikator indikator(String kode) {
		return indikator.stream().filter(i -> i.definisi().kode().equals(kode)).findFirst().orElseThrow();
	}

	private static Nilai nilaiOpd(Hasil hasil, long opdId) {
		return hasil.perOpd().stream().filter(n -> n.opdId() == opdId).findFirst().orElseThrow().nilai();
	}

	/** The test agency's line of the monthly report, as a Kominfo administrator reads it. */
	private LaporanArmada.Ringkasan ringkasanMaret() {
		Staf kominfo = new Staf(0, staf.adminKominfo(), "Kominfo", null, Peran.ADMIN_KOMINFO, null, null, null, true);
		return laporan.buat(kominfo, MARET).perOpd().stream().filter(r -> r.opd().equals(singkatan)).findFirst().orElseThrow();
	}

	/** A value with its parts; {@code angka} null for "no data". */
	private static void periksa(Nilai nilai, String angka, long pembilang, long penyebut, long catatan) {
		if (angka == null) {
			assertThat(nilai.angka()).isNull();
			assertThat(nilai.adaData()).isFalse();
		}
		else {
			assertThat(nilai.angka()).isEqualByComparingTo(angka);
		}
		assertThat(nilai.rasio()).isEqualTo(new Indikator.Rasio(pembilang, penyebut));
		assertThat(nilai.jumlahCatatan()).isEqualTo(catatan);
	}

	/**
	 * Three active vehicles, two tracked in March; a retired one that was tracked does not count.
	 * Budgets 2,000,000 + 1,000,000 + 500,000 (the retired one's too, as in the monthly report), and
	 * Rp 2,250,000 spent by those vehicles: 64.3 %; the active vehicle without a budget is not part of it.
	 */
	private void armadaMaret() {
		long dilacak = kendaraan("AKTIF", 2_000_000L);
		posisi(dilacak, maret(4, 8), true, 0.0);
		posisi(dilacak, maret(20, 17), true, 12_345.0);
		beli(dilacak, maret(5, 9), "50", 500_000);
		beli(dilacak, maret(19, 9), "50", 500_000);
		long tanpaFix = kendaraan("AKTIF", 1_000_000L);
		posisi(tanpaFix, maret(1, 1).minusSeconds(3 * 86_400), true, 1_000.0);
		posisi(tanpaFix, maret(12, 10), false, null);
		beli(tanpaFix, maret(12, 10), "100", 1_000_000);
		long tanpaAnggaran = kendaraan("AKTIF", null);
		posisi(tanpaAnggaran, maret(30, 22), true, 5_000.0);
		beli(tanpaAnggaran, maret(29, 8), "70", 700_000);
		long pensiun = kendaraan("NONAKTIF", 500_000L);
		posisi(pensiun, maret(2, 2), true, 2_000.0);
		beli(pensiun, maret(2, 3), "25", 250_000);
		// April does not count in March
		beli(dilacak, LocalDateTime.of(2019, 4, 1, 0, 30).atZone(Waktu.WITA).toInstant(), "40", 400_000);
	}

	@Test
	void vehiclesTrackedAsAShareOfTheActiveRegisterPerAgencyAndCityWide() {
		armadaMaret();
		Hasil hasil = indikator("armada.kendaraan-terlacak").hitung(Periode.bulan(MARET));
		periksa(nilaiOpd(hasil, uji), "66.7", 2, 3, 3);
		periksa(nilaiOpd(hasil, tanpaKendaraan), null, 0, 0, 0);
		// city-wide: the sum of the agencies' parts
		assertThat(hasil.kota().rasio().penyebut())
			.isEqualTo(hasil.perOpd().stream().mapToLong(n -> n.nilai().rasio().penyebut()).sum());
		assertThat(hasil.kota().rasio().pembilang()).isGreaterThanOrEqualTo(2);
		// February: the one fix of the vehicle that was silent in March
		assertThat(nilaiOpd(indikator("armada.kendaraan-terlacak").hitung(Periode.bulan(YearMonth.of(2019, 2))), uji).rasio())
			.isEqualTo(new Indikator.Rasio(1, 3));
	}

	@Test
	void fuelSpendingAgainstBudgetIsTheMonthlyReportsSavingsSeenTheOtherWay() {
		armadaMaret();
		Hasil bulan = indikator("armada.belanja-bbm-terhadap-anggaran").hitung(Periode.bulan(MARET));
		Nilai nilai = nilaiOpd(bulan, uji);
		periksa(nilai, "64.3", 2_250_000, 3_500_000, 4);
		periksa(nilaiOpd(bulan, tanpaKendaraan), null, 0, 0, 0);
		// a year: twelve monthly budgets against the year's spending (April's fill included)
		periksa(nilaiOpd(indikator("armada.belanja-bbm-terhadap-anggaran").hitung(Periode.tahun(2019)), uji), "6.3", 2_650_000,
				42_000_000, 5);

		LaporanArmada.Ringkasan ringkasan = ringkasanMaret();
		assertThat(nilai.rasio().penyebut()).isEqualTo(ringkasan.anggaran());
		assertThat(nilai.rasio().pembilang()).isEqualTo(ringkasan.anggaran() - ringkasan.penghematan());
	}

	@Test
	void theOpenDatasetHasTheAgencysMonthWithLitresRupiahAndGpsDistance() {
		armadaMaret();
		String nama = jdbc.sql("select nama from opd.opd where id = ?").param(uji).query(String.class).single();
		List<List<Object>> baris = new ArrayList<>();
		dataTerbuka.baris(0, Long.MAX_VALUE, baris::add);
		List<String> kolom = dataTerbuka.metadata().kolom().stream().map(k -> k.nama()).toList();
		List<List<Object>> maret = baris.stream().filter(b -> MARET.equals(b.get(0)) && nama.equals(b.get(1))).toList();
		assertThat(maret).hasSize(1);
		List<Object> b = maret.get(0);
		assertThat(b.get(kolom.indexOf("kendaraan"))).isEqualTo(4L);
		assertThat(b.get(kolom.indexOf("pembelian"))).isEqualTo(5L);
		assertThat((BigDecimal) b.get(kolom.indexOf("liter"))).isEqualByComparingTo("295");
		assertThat(b.get(kolom.indexOf("rupiah"))).isEqualTo(2_950_000L);
		// 12.3 + 0.0 (no fix with a distance in March) + 5.0 + 2.0 km
		assertThat((BigDecimal) b.get(kolom.indexOf("km"))).isEqualByComparingTo("19.3");

		LaporanArmada.Ringkasan ringkasan = ringkasanMaret();
		assertThat(ringkasan.km()).isEqualByComparingTo((BigDecimal) b.get(kolom.indexOf("km")));
		assertThat(ringkasan.liter()).isEqualByComparingTo((BigDecimal) b.get(kolom.indexOf("liter")));
		assertThat(ringkasan.rupiah()).isEqualTo(b.get(kolom.indexOf("rupiah")));

		List<List<Object>> halaman = new ArrayList<>();
		assertThat(dataTerbuka.baris(baris.indexOf(b), 1, halaman::add)).isEqualTo(1);
		assertThat(halaman).containsExactly(b);
	}
}
