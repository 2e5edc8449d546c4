package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

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
		assertThat(Waktu.formatTanggal(LocalDate.of(2026, 12, 25))).isEqualTo("25 Desember 2026");
		assertThat(Waktu.formatBulan(YearMonth.of(2026, 12))).isEqualTo("Desember 2026");
	}

	@Test
	void pagesInEnglishShowEnglishDatesStillInWita() {
		Instant waktu = Instant.parse("2026-08-16T23:30:00Z");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			assertThat(Waktu.formatTanggalJam(waktu)).isEqualTo("17 Aug 2026, 07:30 WITA");
			assertThat(Waktu.formatTanggal(waktu)).isEqualTo("17 Aug 2026");
			assertThat(Waktu.formatTanggal(LocalDate.of(2026, 12, 25))).isEqualTo("25 Dec 2026");
			assertThat(Waktu.formatBulan(YearMonth.of(2026, 12))).isEqualTo("December 2026");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		// without a page's language (jobs, the outbox) dates are Indonesian
		assertThat(Waktu.formatTanggal(waktu)).isEqualTo("17 Agustus 2026");
	}
}
