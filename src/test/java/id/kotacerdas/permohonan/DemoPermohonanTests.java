package id.kotacerdas.permohonan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code --demo} runs the kelurahan domicile letter of Naikoten II before SODAMOLEK exists: its
 * applications show every state and an overdue step. Same context as {@code CrawlTests}, which
 * reaches the worklist and the tracking pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DemoPermohonanTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theDemoFlowHasApplicationsInEveryStateAndOneOverdue() {
		assertThat(jdbc.sql("select count(*) from permohonan.tahap t join permohonan.alur a on a.id = t.alur_id where a.kode = 'demo.domisili-naikoten-2'")
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select distinct status from permohonan.permohonan").query(StatusPermohonan.class).list())
			.contains(StatusPermohonan.DIPROSES, StatusPermohonan.DIKEMBALIKAN, StatusPermohonan.SELESAI, StatusPermohonan.DITOLAK);
		assertThat(jdbc.sql("select count(*) from permohonan.permohonan where status = 'DIPROSES' and tahap_ke = 2").query(Integer.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from permohonan.permohonan where status = 'DIPROSES' and tenggat_tahap < :now")
			.param("now", java.sql.Timestamp.from(clock.instant())).query(Integer.class).single()).isPositive();
	}
}
