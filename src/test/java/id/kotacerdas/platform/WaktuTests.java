package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kotacerdas.IntegrationTest;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class WaktuTests {

	@Autowired
	ObjectMapper json;

	@Test
	void jsonInstantsAreInWitaWithTheirOffset() {
		String teks = json.writeValueAsString(Map.of("waktu", Instant.parse("2026-11-22T06:05:00Z")));
		assertThat(teks).isEqualTo("{\"waktu\":\"2026-11-22T14:05:00+08:00\"}");
		assertThat(Instant.parse("2026-11-22T14:05:00+08:00")).isEqualTo(Instant.parse("2026-11-22T06:05:00Z"));
	}

	@Test
	void pagesShowIndonesianDatesInWita() {
		Instant waktu = Instant.parse("2026-08-16T23:30:00Z");
		assertThat(Waktu.formatTanggalJam(waktu)).isEqualTo("17 Agustus 2026, 07.30 WITA");
		assertThat(Waktu.formatTanggal(waktu)).isEqualTo("17 Agustus 2026");
	}
}
