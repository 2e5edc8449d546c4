package id.kotacerdas.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolaNomorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			[klasifikasi]/[nomor]/[unit]/[bulan romawi]/[tahun] | 470 | 12 | Kel.NK-II | 2026-12-02 | 470/12/Kel.NK-II/XII/2026
			[klasifikasi]/[nomor]/[unit]/[bulan romawi]/[tahun] | 503 | 1  | DPMPTSP   | 2027-01-01 | 503/1/DPMPTSP/I/2027
			SKTM-[nomor]/[unit]/[bulan].[tahun]                 | 400 | 7  | Kec.KR    | 2026-04-30 | SKTM-7/Kec.KR/04.2026
			[nomor]/[klasifikasi]/[bulan romawi]                | 800 | 3  | X         | 2026-09-09 | 3/800/IX
			""")
	void fillsEveryField(String pola, String klasifikasi, int urut, String unit, LocalDate tanggal, String nomor) {
		assertThat(PolaNomor.periksa(pola)).isNull();
		assertThat(new PolaNomor(pola).nomor(klasifikasi, urut, unit, tanggal)).isEqualTo(nomor);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			[klasifikasi]/[unit]/[tahun]    | dokumen.pola.tanpa-nomor
			[nomor]/[seri]/[tahun]          | dokumen.pola.bidang-tidak-dikenal
			'   '                           | dokumen.pola.kosong
			""")
	void refusesAPatternThatCannotNumber(String pola, String kunci) {
		assertThat(PolaNomor.periksa(pola)).isEqualTo(kunci);
	}
}
