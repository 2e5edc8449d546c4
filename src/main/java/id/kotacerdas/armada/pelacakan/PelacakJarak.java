package id.kotacerdas.armada.pelacakan;

import java.time.Duration;
import java.time.Instant;

import id.kotacerdas.platform.JarakBumi;

/**
 * The server-side GPS odometer of one vehicle, with a jitter filter: invalid or inaccurate fixes,
 * movements within the noise radius, and jumps faster than any city vehicle drives add nothing.
 * Pure and immutable: {@link #terima} returns the next state.
 *
 * @param waktu time of the newest in-order fix; older or equal fixes are out of order
 * @param latJangkar the last fix that counted (the distance is measured from it)
 * @param jarakM metres counted so far
 * @param lompatan consecutive fixes rejected as jumps (after {@value #LOMPATAN_PINDAH_JANGKAR}
 * the vehicle is taken to really be there: re-anchored, but the jump is still not counted)
 */
record PelacakJarak(Instant waktu, Double latJangkar, Double lonJangkar, Instant waktuJangkar, double jarakM, int lompatan) {

	/** Below this a movement is GPS noise of a parked vehicle. */
	static final double DERAU_M = 15;

	/** Fixes less accurate than this are ignored for the distance. */
	static final double AKURASI_MAKS_M = 100;

	/** 200 km/h: faster than any vehicle drives in the city, so a GPS jump. */
	static final double KECEPATAN_MAKS_MPS = 200 / 3.6;

	static final int LOMPATAN_PINDAH_JANGKAR = 3;

	static PelacakJarak mulai(double jarakM, Instant waktu, Double lat, Double lon) {
		return new PelacakJarak(waktu, lat, lon, waktu, jarakM, 0);
	}

	/** @param urut whether the fix came in order (only then it may count) */
	record Langkah(PelacakJarak sesudah, boolean urut) {
	}

	Langkah terima(Instant t, double lat, double lon, boolean valid, Double akurasi) {
		if (!t.isAfter(waktu)) {
			return new Langkah(this, false);
		}
		boolean layak = valid && (akurasi == null || akurasi <= AKURASI_MAKS_M) && !(lat == 0 && lon == 0);
		if (!layak) {
			return new Langkah(new PelacakJarak(t, latJangkar, lonJangkar, waktuJangkar, jarakM, lompatan), true);
		}
		if (latJangkar == null) {
			return new Langkah(new PelacakJarak(t, lat, lon, t, jarakM, 0), true);
		}
		double d = JarakBumi.meter(latJangkar, lonJangkar, lat, lon);
		if (d < DERAU_M) {
			return new Langkah(new PelacakJarak(t, latJangkar, lonJangkar, waktuJangkar, jarakM, 0), true);
		}
		double detik = Math.max(1, Duration.between(waktuJangkar, t).toMillis() / 1000.0);
		if (d / detik > KECEPATAN_MAKS_MPS) {
			if (lompatan + 1 >= LOMPATAN_PINDAH_JANGKAR) {
				return new Langkah(new PelacakJarak(t, lat, lon, t, jarakM, 0), true);
			}
			return new Langkah(new PelacakJarak(t, latJangkar, lonJangkar, waktuJangkar, jarakM, lompatan + 1), true);
		}
		return new Langkah(new PelacakJarak(t, lat, lon, t, jarakM + d, 0), true);
	}
}
