package id.kotacerdas.wifi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * How much of a measured stretch of time a hotspot was up: slots of {@code kc.wifi.slot} with a sign of life out of
 * the slots measured, and what an available hour cost.
 *
 * @param slotHidup slots with a heartbeat or a successful probe
 * @param slotDiukur slots measured (from the later of the stretch's start and the start of monitoring, to the earlier
 * of its end and the last finished slot)
 * @param slot the length of a slot
 * @param biaya what the measured stretch cost, whole rupiah (the monthly cost pro rata)
 */
record Ketersediaan(long slotHidup, long slotDiukur, Duration slot, long biaya) {

	/** Uptime in percent with one decimal; null when nothing was measured. */
	public BigDecimal persen() {
		return slotDiukur == 0 ? null
				: BigDecimal.valueOf(slotHidup).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(slotDiukur), 1, RoundingMode.HALF_UP);
	}

	/** Hours available, one decimal. */
	public BigDecimal jamTersedia() {
		return BigDecimal.valueOf(slotHidup * slot.toSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
	}

	/** Whole rupiah per hour available; null with no hour available. */
	public Long biayaPerJam() {
		long detik = slotHidup * slot.toSeconds();
		return detik == 0 ? null
				: BigDecimal.valueOf(biaya).multiply(BigDecimal.valueOf(3600)).divide(BigDecimal.valueOf(detik), 0, RoundingMode.HALF_UP).longValueExact();
	}

	/** Whether it counts as working Wi-Fi at the threshold (percent). */
	boolean berfungsi(int ambangPersen) {
		return slotDiukur > 0 && slotHidup * 100 >= (long) ambangPersen * slotDiukur;
	}
}
