package id.kotacerdas.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** {@code --demo} files one complaint through a scripted WhatsApp chat (same context as DemoTests and CrawlTests, which renders its staff page). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class WhatsappDemoTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoChatFiledARoutedReportWithItsTranscript() {
		String nomor = jdbc.sql("select nomor from pengaduan.pengaduan where saluran = 'whatsapp' and telepon_pelapor = '+6281337004455'")
			.query(String.class).single();
		assertThat(jdbc.sql("select kategori_kode from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single())
			.isEqualTo("sampah");
		assertThat(jdbc.sql("select count(*) from whatsapp.transkrip where nomor = ? and masuk").param(nomor).query(Long.class).single())
			.isEqualTo(9);
		assertThat(jdbc.sql("select string_agg(teks, ' ') from whatsapp.transkrip where nomor = ? and not masuk").param(nomor)
			.query(String.class).single()).contains(nomor).contains("Sampah").contains("Banyak (satu truk atau lebih)");
	}
}
