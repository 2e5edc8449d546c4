package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.kotacerdas.masterplan.RegisterMasterplan.Capaian;
import id.kotacerdas.platform.Indikator.Arah;

/**
 * Green, amber or red against the target, the rule the dashboard states: green when the target is met (at or above it
 * where higher is better, at or below where lower is better), amber when the value misses it by no more than
 * {@code ambangKuning} percent of the target, red beyond; no data without a target or a value.
 *
 * @param ambangKuning percent of the target (10 by default: {@code kc.masterplan.ambang-kuning})
 */
record AturanCapaian(BigDecimal ambangKuning) {

	private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

	Capaian nilai(Arah arah, BigDecimal target, BigDecimal aktual) {
		if (target == null || aktual == null) {
			return Capaian.TANPA_DATA;
		}
		// how far the value falls short of the target in the direction that is better; 0 or less meets it
		BigDecimal kurang = arah == Arah.NAIK_LEBIH_BAIK ? target.subtract(aktual) : aktual.subtract(target);
		if (kurang.signum() <= 0) {
			return Capaian.HIJAU;
		}
		BigDecimal toleransi = target.abs().multiply(ambangKuning).divide(SERATUS, 6, RoundingMode.HALF_UP);
		return kurang.compareTo(toleransi) <= 0 ? Capaian.KUNING : Capaian.MERAH;
	}

	/** The percentage as people read it in the rule's sentence. */
	public String ambangTeks() {
		return ambangKuning.stripTrailingZeros().toPlainString();
	}
}
