package id.kotacerdas.ekspor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/** A controller answers ?format= (or a .csv/.xlsx/.pdf path) with the file, and an unknown format with 400. */
class UnduhanEksporTests {

	@Controller
	static class ContohController {

		private final PenulisEkspor ekspor;

		ContohController(PenulisEkspor ekspor) {
			this.ekspor = ekspor;
		}

		@GetMapping("/laporan")
		void unduh(@RequestParam FormatEkspor format, HttpServletResponse jawaban) {
			ekspor.kirim(ekspor(), format, jawaban);
		}

		@GetMapping("/laporan.{format}")
		void unduhAkhiran(@PathVariable FormatEkspor format, HttpServletResponse jawaban) {
			ekspor.kirim(ekspor(), format, jawaban);
		}

		private static Ekspor ekspor() {
			return PenulisEksporTests.ekspor(PenulisEksporTests.BARIS);
		}
	}

	final MockMvc mvc = mvc();

	static MockMvc mvc() {
		FormattingConversionService konversi = new FormattingConversionService();
		konversi.addConverter(new FormatEksporDariTeks());
		LayananEkspor penulis = new LayananEkspor(PenulisEksporTests.pesan(), Clock.fixed(PenulisEksporTests.SEKARANG, Waktu.WITA));
		return MockMvcBuilders.standaloneSetup(new ContohController(penulis)).setConversionService(konversi).build();
	}

	@ParameterizedTest
	@CsvSource({ "csv, text/csv;charset=UTF-8", "xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"pdf, application/pdf", "PDF, application/pdf" })
	void theFormatNamesContentTypeAndFileName(String format, String jenis) throws Exception {
		String akhiran = format.toLowerCase(Locale.ROOT);
		for (var minta : List.of(get("/laporan").param("format", format), get("/laporan." + format))) {
			byte[] isi = mvc.perform(minta.locale(PenulisEksporTests.ID))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", jenis))
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"laporan-uji-2026-11-30." + akhiran + "\""))
				.andReturn().getResponse().getContentAsByteArray();
			assertThat(isi).isNotEmpty();
		}
		// the title, and so the file's name, in the reader's language
		mvc.perform(get("/laporan." + format).locale(Locale.ENGLISH))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"test-report-2026-11-30." + akhiran + "\""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "doc", "xls", "", "csv2" })
	void anUnknownFormatIsTheCallersMistake(String format) throws Exception {
		mvc.perform(get("/laporan").param("format", format)).andExpect(status().isBadRequest());
		if (!format.isEmpty()) {
			mvc.perform(get("/laporan." + format)).andExpect(status().isBadRequest());
		}
	}

	@ParameterizedTest
	@CsvSource({ "'Statistik pengaduan per Instansi', statistik-pengaduan-per-instansi-2026-11-30.csv",
			"'Laporan BBM Februari 2026', laporan-bbm-februari-2026-2026-11-30.csv", "'Évaluasi — Ω', evaluasi-2026-11-30.csv",
			"'', 2026-11-30.csv" })
	void theFileNameIsTheTitleInPlainLettersAndTheDayInWita(String judul, String nama) {
		assertThat(LayananEkspor.namaBerkas(judul, PenulisEksporTests.SEKARANG, FormatEkspor.CSV)).isEqualTo(nama);
	}
}
