package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Settings of {@code kc.masterplan}.
 *
 * @param register the city's register file, loaded while the register is empty
 * @param opdVerifikator the agency (short or full name) whose staff verify entered values: Kominfo
 * @param batasHariKerja how many working days the verification may take
 * @param ambangKuning how far from the target, in percent of the target, a value is still amber ({@link AturanCapaian})
 * @param tahunAwal the first year of the roadmap: live figures are stored from it on
 */
@ConfigurationProperties("kc.masterplan")
record MasterplanProperties(Resource register, String opdVerifikator, int batasHariKerja, BigDecimal ambangKuning, int tahunAwal) {

	static final int TAHUN_AWAL = 2019;

	static final int TAHUN_AKHIR = 2028;

	MasterplanProperties {
		register = register == null ? new DefaultResourceLoader().getResource("classpath:kota/kupang/masterplan.json") : register;
		opdVerifikator = opdVerifikator == null || opdVerifikator.isBlank() ? "Dinas Kominfo" : opdVerifikator;
		batasHariKerja = batasHariKerja == 0 ? 5 : batasHariKerja;
		ambangKuning = ambangKuning == null ? BigDecimal.TEN : ambangKuning;
		tahunAwal = tahunAwal == 0 ? TAHUN_AWAL : tahunAwal;
		if (ambangKuning.signum() < 0 || ambangKuning.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("kc.masterplan.ambang-kuning is a percentage: " + ambangKuning);
		}
	}

	AturanCapaian aturan() {
		return new AturanCapaian(ambangKuning);
	}
}
