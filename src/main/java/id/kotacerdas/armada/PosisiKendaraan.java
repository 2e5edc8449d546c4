package id.kotacerdas.armada;

import java.time.Instant;

/**
 * Where a vehicle was at a time, as its tracker reported it.
 *
 * @param kecepatanKmh null when the tracker sent no speed
 * @param valid whether the tracker had a GPS fix (an invalid one repeats an old location)
 */
public record PosisiKendaraan(long kendaraanId, Instant waktu, double lat, double lon, Double kecepatanKmh, boolean valid) {
}
