package id.kotacerdas.kepegawaian.internal.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;

/** The monthly digest reaches each agency's administrators once a month, however often the job runs. */
@IntegrationTest
class RingkasanBulananTests {

	@Autowired
	RingkasanBulanan ringkasan;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifikasi notifikasi;

	private List<KotakUji.Menunggu> ringkasanUntuk(String admin) {
		return KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, admin + "@uji.invalid").stream()
			.filter(m -> m.status().templat().equals(RingkasanBulanan.TEMPLAT))
			.toList();
	}

	@Test
	void oneDigestPerAgencyAndMonthListingItsCalendars() {
		// a day in a month no other test sends a digest for
		LocalDate hari = LocalDate.of(2031, 3, 10);
		long distan = staf.opdId("Distan");
		String pensiun = PegawaiUji.nama("Aleksius Pensiun");
		String pangkat = PegawaiUji.nama("Martha Pangkat");
		// born 17 May 1973, BUP 58: TMT 1 June 2031; II/c since 1 April 2027: period 1 April 2031
		PegawaiUji.tambah(jdbc, distan, pensiun, LocalDate.of(1973, 5, 17), "24", LocalDate.of(2020, 4, 1), LocalDate.of(1996, 3, 1));
		PegawaiUji.tambah(jdbc, distan, pangkat, LocalDate.of(1990, 8, 2), "23", LocalDate.of(2027, 4, 1), LocalDate.of(2015, 8, 1));
		String admin = staf.adminOpd("Distan");
		String adminLain = staf.adminOpd("Dishub");

		assertThat(ringkasan.kirim(hari)).isPositive();
		List<KotakUji.Menunggu> surel = ringkasanUntuk(admin);
		assertThat(surel).hasSize(1);
		assertThat(surel.get(0).teks().subjek()).isEqualTo("Kalender kepegawaian Distan, 1 Maret 2031");
		assertThat(surel.get(0).teks().isi()).contains("- 1 Juni 2031: " + pensiun, "- 1 April 2031: " + pangkat, "/staf/kepegawaian/kalender");
		assertThat(ringkasanUntuk(adminLain)).allSatisfy(m -> assertThat(m.teks().isi()).doesNotContain(pensiun, pangkat));

		// the job runs again that month (another day, another instance): nothing more
		assertThat(ringkasan.kirim(hari.plusDays(1))).isZero();
		assertThat(ringkasan.kirim(hari)).isZero();
		assertThat(ringkasanUntuk(admin)).hasSize(1);
		assertThat(jdbc.sql("SELECT jumlah_pensiun FROM kepegawaian.ringkasan_kalender WHERE opd_id = ? AND bulan = ?")
			.params(distan, LocalDate.of(2031, 3, 1)).query(Integer.class).single()).isGreaterThanOrEqualTo(1);

		// the next month has its own
		assertThat(ringkasan.kirim(LocalDate.of(2031, 4, 1))).isPositive();
		assertThat(ringkasanUntuk(admin)).hasSize(2);
	}
}
