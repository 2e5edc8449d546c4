package id.kotacerdas.armada.pelacakan;

import java.time.Instant;
import java.util.Map;

/**
 * One position as a tracker sent it, decoded but not yet matched to a vehicle.
 *
 * @param waktu null when the tracker sent none (the receive time is used)
 * @param lat null (with lon) when the tracker sent no location (the last known one is reused)
 * @param kecepatanKnot speed in knots, as the OsmAnd protocol counts it
 * @param json whether it came in the JSON form (an unknown device then gets 404, not 400)
 */
public record PosisiMasuk(String perangkat, Instant waktu, Double lat, Double lon, Double kecepatanKnot, Double arah,
		Double ketinggian, Double akurasi, boolean valid, Map<String, Object> atribut, boolean json) {
}
