package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;

import id.kotacerdas.armada.PosisiKendaraan;
import id.kotacerdas.armada.geofence.BentukGeofence;
import id.kotacerdas.platform.JarakBumi;
import id.kotacerdas.platform.Waktu;

/** The anomaly rules on a fuel purchase. Pure; the city test comes in as a predicate (lat, lon). */
final class PemeriksaAnomali {

	/** Consumption may be this share of the norm before it is flagged (0.8 = 20% worse). */
	static final BigDecimal BATAS_KONSUMSI = new BigDecimal("0.8");

	/** Less than this since the previous fill counts as no movement. */
	static final BigDecimal TANPA_GERAK_KM = BigDecimal.ONE;

	/** The tracked vehicle further than this from the station was not there. */
	static final double RADIUS_SPBU_M = 300;

	static final int JAM_MALAM_MULAI = 21;

	static final int JAM_PAGI = 6;

	private final BiPredicate<Double, Double> dalamKota;

	PemeriksaAnomali(BiPredicate<Double, Double> dalamKota) {
		this.dalamKota = dalamKota;
	}

	/**
	 * @param adaSebelumnya whether an earlier fill of the vehicle is recorded
	 * @param jarakGpsKm GPS distance since it (null when unknown)
	 * @param jarakOdometerKm odometer difference to it (null when either reading is missing)
	 * @param posisi the vehicle's tracked position at the time, null when none
	 * @param spbuLat the station's location when known
	 * @param spbuGeofence the registered station's shape; when given it decides instead of the radius
	 */
	record Fakta(Instant waktu, BigDecimal liter, BigDecimal normaKmPerLiter, boolean adaSebelumnya, BigDecimal jarakGpsKm,
			BigDecimal jarakOdometerKm, PosisiKendaraan posisi, Double spbuLat, Double spbuLon, BentukGeofence spbuGeofence,
			boolean strukGanda) {
	}

	Set<Anomali> periksa(Fakta f) {
		Set<Anomali> hasil = EnumSet.noneOf(Anomali.class);
		BigDecimal jarak = f.jarakGpsKm() != null ? f.jarakGpsKm() : f.jarakOdometerKm();
		if (f.adaSebelumnya() && jarak != null && jarak.signum() >= 0) {
			BigDecimal kmPerLiter = jarak.divide(f.liter(), 2, RoundingMode.HALF_UP);
			if (kmPerLiter.compareTo(f.normaKmPerLiter().multiply(BATAS_KONSUMSI)) < 0) {
				hasil.add(Anomali.KONSUMSI_BOROS);
			}
		}
		if (f.jarakOdometerKm() != null && f.jarakOdometerKm().signum() < 0) {
			hasil.add(Anomali.ODOMETER_MUNDUR);
		}
		if (f.jarakOdometerKm() != null && f.jarakGpsKm() != null
				&& f.jarakOdometerKm().compareTo(f.jarakGpsKm().multiply(new BigDecimal("1.5")).add(BigDecimal.TEN)) > 0) {
			hasil.add(Anomali.ODOMETER_MELONJAK);
		}
		if (f.adaSebelumnya() && f.jarakGpsKm() != null && f.jarakGpsKm().compareTo(TANPA_GERAK_KM) < 0) {
			hasil.add(Anomali.TANPA_PERGERAKAN);
		}
		if (!f.adaSebelumnya()) {
			hasil.add(Anomali.TANPA_PEMBANDING);
		}
		if (f.posisi() == null) {
			hasil.add(Anomali.POSISI_TIDAK_DIKETAHUI);
		}
		else if (f.spbuGeofence() != null) {
			if (!f.spbuGeofence().memuat(f.posisi().lat(), f.posisi().lon())) {
				hasil.add(Anomali.TIDAK_DI_SPBU);
			}
		}
		else if (f.spbuLat() != null && f.spbuLon() != null
				&& JarakBumi.meter(f.posisi().lat(), f.posisi().lon(), f.spbuLat(), f.spbuLon()) > RADIUS_SPBU_M) {
			hasil.add(Anomali.TIDAK_DI_SPBU);
		}
		if (f.strukGanda()) {
			hasil.add(Anomali.STRUK_GANDA);
		}
		ZonedDateTime lokal = Waktu.wita(f.waktu());
		if (lokal.getHour() >= JAM_MALAM_MULAI || lokal.getHour() < JAM_PAGI) {
			hasil.add(Anomali.MALAM);
		}
		if (lokal.getDayOfWeek() == DayOfWeek.SATURDAY || lokal.getDayOfWeek() == DayOfWeek.SUNDAY) {
			hasil.add(Anomali.AKHIR_PEKAN);
		}
		Double lat = f.posisi() != null ? Double.valueOf(f.posisi().lat()) : f.spbuLat();
		Double lon = f.posisi() != null ? Double.valueOf(f.posisi().lon()) : f.spbuLon();
		if (lat != null && lon != null && !dalamKota.test(lat, lon)) {
			hasil.add(Anomali.LUAR_KOTA);
		}
		return hasil;
	}
}
