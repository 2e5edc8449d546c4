package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** {@code --demo} gives a first look: one account per role and a few routed complaints. */
@SpringBootTest
@ActiveProfiles("demo")
class DemoTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoProfileSeedsAccountsAndComplaints() {
		assertThat(jdbc.sql("select username from akun.pengguna order by username").query(String.class).list())
			.contains("admin", "kominfo", "dlhk", "trc.dlhk", "trc.oebobo", "walikota");
		assertThat(jdbc.sql("select t.utama from akun.pengguna p join akun.tim t on t.id = p.tim_id where p.username = 'trc.dlhk'")
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan").query(Integer.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where tim_id is null or opd_id is null").query(Integer.class).single())
			.isZero();
	}
}
