package id.kotacerdas.qris.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import id.kotacerdas.qris.BiayaMdr;
import id.kotacerdas.qris.KriteriaMerchant;

/** The shipped MDR table at its thresholds and dates. */
class TarifMdrTests {

	private final TarifMdr tarif = TarifMdr.dari(new ClassPathResource("qris/tarif-mdr.csv"));

	@ParameterizedTest(name = "{0} Rp{1} on {2}: {3}% = Rp{4}")
	@CsvSource({
			// from 1 December 2024 a micro merchant pays nothing up to and including Rp500,000
			"UMI, 500000, 2024-12-01, 0, 0",
			"UMI, 500001, 2024-12-01, 0.3, 1500",
			"UMI, 1000000, 2026-11-30, 0.3, 3000",
			// the day before, the bound was Rp100,000
			"UMI, 100000, 2024-11-30, 0, 0",
			"UMI, 100001, 2024-11-30, 0.3, 300",
			"UMI, 500000, 2024-11-30, 0.3, 1500",
			// mid-2023: 0.3% on every UMI amount
			"UMI, 50000, 2023-08-01, 0.3, 150",
			// regular merchants 0.7%, no free band
			"UKE, 25000, 2026-12-02, 0.7, 175",
			"UBE, 500000, 2026-12-02, 0.7, 3500",
			"UME, 1, 2026-12-02, 0.7, 0" })
	void biayaMenurutKriteriaNominalDanTanggal(KriteriaMerchant kriteria, long nominal, LocalDate tanggal, BigDecimal persen, long biaya) {
		BiayaMdr b = tarif.biaya(kriteria, nominal, tanggal).orElseThrow();
		assertThat(b.persen()).isEqualByComparingTo(persen);
		assertThat(b.biaya()).isEqualTo(biaya);
		assertThat(b.sumber()).isNotBlank();
	}

	@Test
	void sebelumTabelTidakAdaAturan() {
		assertThat(tarif.biaya(KriteriaMerchant.UMI, 10_000, LocalDate.of(2023, 6, 30))).isEmpty();
	}

	@Test
	void aturanYangBerlakuHariIni() {
		assertThat(tarif.berlakuPada(LocalDate.of(2026, 12, 2))).filteredOn(a -> a.kriteria() == KriteriaMerchant.UMI)
				.extracting(TarifMdr.Aturan::nominalSampai).containsExactlyInAnyOrder(500_000L, null);
	}
}
