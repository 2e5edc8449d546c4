package id.kotacerdas.armada.pelacakan;

import java.time.Instant;
import java.util.Map;

/**
 * A stored position of a vehicle.
 *
 * @param jarakM the server's GPS odometer after this fix in metres; null for a fix that arrived
 * out of order and so took no part in the distance
 */
public record Posisi(long kendaraanId, Instant waktu, Instant diterima, double lat, double lon, Double kecepatanKnot, Double arah,
		Double ketinggian, Double akurasi, boolean valid, Double jarakM, Map<String, Object> atribut) {

	static final double KMH_PER_KNOT = 1.852;

	Double kecepatanKmh() {
		return kecepatanKnot == null ? null : Math.round(kecepatanKnot * KMH_PER_KNOT * 10) / 10.0;
	}
}
