package id.kotacerdas.jalan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A road segment of the register with its latest condition survey.
 *
 * @param kondisi the latest survey, or null before the first
 */
record Ruas(String kode, String nama, double pangkalLat, double pangkalLon, double ujungLat, double ujungLon, int panjangM,
		BigDecimal lebarM, Permukaan permukaan, long opdId, String pekerjaanTerakhir, Integer pekerjaanTahun, Kondisi kondisi) {

	/** One survey: when, how, the measured value (null when seen), the class. */
	record Kondisi(LocalDate tanggal, MetodeSurvei metode, BigDecimal nilai, KelasKondisi kelas) {
	}

	/** Distance from a point to the segment in metres (flat-earth approximation, exact enough within a city). */
	double jarakM(double lat, double lon) {
		double kx = 111_320 * Math.cos(Math.toRadians(lat));
		double ky = 110_540;
		double ax = (pangkalLon - lon) * kx;
		double ay = (pangkalLat - lat) * ky;
		double bx = (ujungLon - lon) * kx;
		double by = (ujungLat - lat) * ky;
		double dx = bx - ax;
		double dy = by - ay;
		double panjang2 = dx * dx + dy * dy;
		double t = panjang2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / panjang2));
		return Math.hypot(ax + t * dx, ay + t * dy);
	}

	public double tengahLat() {
		return (pangkalLat + ujungLat) / 2;
	}

	public double tengahLon() {
		return (pangkalLon + ujungLon) / 2;
	}
}
