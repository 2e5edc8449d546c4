package id.kotacerdas.armada.pelacakan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.Waktu;

@IntegrationTest
class PartisiPosisiTests {

	@Autowired
	PartisiPosisi partisi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArmadaProperties properti;

	@Autowired
	MockMvc mvc;

	private boolean ada(LocalDate hari) {
		return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("armada.posisi_p" + hari.format(DateTimeFormatter.BASIC_ISO_DATE))
			.query(Boolean.class).single();
	}

	@Test
	void daysAheadAreCreatedAndDaysPastRetentionDropped() {
		LocalDate hariIni = LocalDate.now(Waktu.WITA);
		LocalDate lama = hariIni.minusDays(properti.retensiHari() + 5);
		LocalDate masihDisimpan = hariIni.minusDays(properti.retensiHari() - 5);
		for (LocalDate hari : new LocalDate[] { lama, masihDisimpan }) {
			jdbc.sql("CREATE TABLE armada.posisi_p%s PARTITION OF armada.posisi FOR VALUES FROM ('%s') TO ('%s')".formatted(
					hari.format(DateTimeFormatter.BASIC_ISO_DATE), hari.atStartOfDay(Waktu.WITA).toOffsetDateTime(),
					hari.plusDays(1).atStartOfDay(Waktu.WITA).toOffsetDateTime())).update();
		}
		// a very late fix from before every partition lands in the default one
		jdbc.sql("INSERT INTO armada.posisi (kendaraan_id, waktu, diterima, lat, lon, valid) VALUES (-1, ?, now(), -10.17, 123.6, true)")
			.param(java.sql.Timestamp.from(lama.minusDays(10).atStartOfDay(Waktu.WITA).toInstant())).update();

		partisi.siapkan();

		for (int i = 0; i <= PartisiPosisi.HARI_KE_DEPAN; i++) {
			assertThat(ada(hariIni.plusDays(i))).as("partition for today + %d", i).isTrue();
		}
		assertThat(ada(lama)).isFalse();
		assertThat(ada(masihDisimpan)).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM armada.posisi_lama WHERE kendaraan_id = -1").query(Long.class).single()).isZero();
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic(PosisiOsmAndTests.ADMIN, PosisiOsmAndTests.SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/armada/kendaraan'].post.summary").value("Mendaftarkan kendaraan"))
			.andExpect(jsonPath("$.paths['/api/armada/posisi'].get").exists())
			.andExpect(jsonPath("$.paths['/api/armada/kendaraan/{id}/posisi'].get.parameters[?(@.name == 'dari')]").exists())
			.andExpect(jsonPath("$.paths['/api/armada/kendaraan/{id}/bbm/periksa'].post").exists());
	}
}
