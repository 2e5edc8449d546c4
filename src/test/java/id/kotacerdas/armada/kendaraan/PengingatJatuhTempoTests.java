package id.kotacerdas.armada.kendaraan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.TeksPesan;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/** STNK and tax reminders on a fixed clock: each stage once, queued to the agency's administrators in words, and one instance at a time. */
@IntegrationTest
class PengingatJatuhTempoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AkunStaf akun;

	@Autowired
	DataSource dataSource;

	@Autowired
	PengingatRepository repo;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	TransactionTemplate tx;

	private PengingatJatuhTempo pada(LocalDate hari) {
		Clock jam = Clock.fixed(hari.atTime(7, 0).atZone(Waktu.WITA).toInstant(), Waktu.WITA);
		return new PengingatJatuhTempo(repo, akun, notifikasi, jam, tx);
	}

	/** The reminder e-mails about {@code plat} waiting for {@code admin} (no SMTP in the tests), as they will read. */
	private List<TeksPesan> surel(String admin, String plat) {
		return KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, admin + "@uji.invalid").stream().map(KotakUji.Menunggu::teks)
			.filter(t -> t.subjek().contains(plat)).toList();
	}

	private int jumlah(long id) {
		return jdbc.sql("SELECT count(*) FROM armada.pengingat WHERE kendaraan_id = ?").param(id).query(Integer.class).single();
	}

	@Test
	void eachStageIsRemindedOnceToTheAgencyAdministrators() throws Exception {
		String admin = staf.adminOpd("Dishub");
		String plat = "DH " + (int) (System.nanoTime() % 9000 + 1000) + " PG";
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), plat, "pg-" + System.nanoTime());
		// a year no other test's vehicle is due in
		jdbc.sql("UPDATE armada.kendaraan SET jatuh_tempo_stnk = ?, jatuh_tempo_pajak = ? WHERE id = ?")
			.params(LocalDate.of(2031, 3, 31), LocalDate.of(2031, 3, 8), id).update();

		// 1 March: STNK in 30 days, tax in 7
		assertThat(pada(LocalDate.of(2031, 3, 1)).kirim()).isEqualTo(2);
		assertThat(pada(LocalDate.of(2031, 3, 1)).kirim()).as("the same day again").isZero();
		assertThat(pada(LocalDate.of(2031, 3, 2)).kirim()).as("still inside the same stages").isZero();
		assertThat(jdbc.sql("SELECT jenis || ':' || hari_sebelum FROM armada.pengingat WHERE kendaraan_id = ? ORDER BY jenis")
			.param(id).query(String.class).list()).containsExactly("PAJAK:7", "STNK:30");
		assertThat(surel(admin, plat)).hasSize(2);
		// dates and kinds in words, never the enum constant or an ISO date
		assertThat(surel(admin, plat)).extracting(TeksPesan::subjek)
			.containsExactly("SiHebat: STNK " + plat + " jatuh tempo 31 Maret 2031", "SiHebat: pajak kendaraan " + plat + " jatuh tempo 8 Maret 2031");
		assertThat(surel(admin, plat)).extracting(TeksPesan::isi)
			.anySatisfy(isi -> assertThat(isi).startsWith("Jatuh tempo STNK untuk " + plat + ": 31 Maret 2031 (dalam 30 hari)."))
			.anySatisfy(isi -> assertThat(isi).startsWith("Jatuh tempo pajak kendaraan untuk " + plat + ": 8 Maret 2031 (dalam 7 hari)."))
			.allSatisfy(isi -> assertThat(isi).doesNotContain("PAJAK").doesNotContain("2031-03"));

		// the tax day itself; STNK not yet in its 7-day stage
		assertThat(pada(LocalDate.of(2031, 3, 8)).kirim()).isEqualTo(1);
		// 24 March is 7 days before the STNK date; the tax date has passed
		assertThat(pada(LocalDate.of(2031, 3, 24)).kirim()).isEqualTo(1);
		assertThat(pada(LocalDate.of(2031, 3, 31)).kirim()).isEqualTo(1);
		assertThat(pada(LocalDate.of(2031, 4, 1)).kirim()).isZero();
		assertThat(jumlah(id)).isEqualTo(5);
		List<TeksPesan> semua = surel(admin, plat);
		assertThat(semua).hasSize(5);
		assertThat(semua.get(4).isi()).startsWith("Jatuh tempo STNK untuk " + plat + ": 31 Maret 2031 (hari ini).");

		// a day the job missed is caught up with the stage the date is in
		jdbc.sql("UPDATE armada.kendaraan SET jatuh_tempo_pajak = ? WHERE id = ?").params(LocalDate.of(2031, 9, 20), id).update();
		assertThat(pada(LocalDate.of(2031, 9, 5)).kirim()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT hari_sebelum FROM armada.pengingat WHERE kendaraan_id = ? AND jatuh_tempo = ?")
			.params(id, LocalDate.of(2031, 9, 20)).query(Integer.class).single()).isEqualTo(30);
	}

	@Test
	void aSecondInstanceSkipsTheRunWhileTheFirstHoldsIt() throws Exception {
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " PK",
				"pk-" + System.nanoTime());
		jdbc.sql("UPDATE armada.kendaraan SET jatuh_tempo_stnk = ? WHERE id = ?").params(LocalDate.of(2032, 6, 10), id).update();
		try (Connection lain = dataSource.getConnection(); var st = lain.createStatement()) {
			st.execute("SELECT pg_advisory_lock(" + PengingatRepository.KUNCI + ")");
			assertThat(pada(LocalDate.of(2032, 6, 10)).kirim()).isZero();
			st.execute("SELECT pg_advisory_unlock(" + PengingatRepository.KUNCI + ")");
		}
		assertThat(jumlah(id)).isZero();
		assertThat(pada(LocalDate.of(2032, 6, 10)).kirim()).isEqualTo(1);
	}

	@Test
	void theRegisterPageShowsRecentReminders() throws Exception {
		String admin = staf.adminOpd("Dishub");
		String plat = "DH " + (int) (System.nanoTime() % 9000 + 1000) + " PR";
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), plat, "pr-" + System.nanoTime());
		LocalDate hariIni = LocalDate.now(Waktu.WITA);
		jdbc.sql("UPDATE armada.kendaraan SET jatuh_tempo_stnk = ? WHERE id = ?").params(hariIni.plusDays(7), id).update();
		assertThat(pada(hariIni).kirim()).isPositive();
		mvc.perform(get("/staf/armada").with(user(admin).roles("ADMIN_OPD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(plat + ": STNK jatuh tempo")));
	}
}
