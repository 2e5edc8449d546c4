package id.kotacerdas.armada;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The module's API: what the fleet knows about a vehicle's whereabouts, without its caller knowing
 * how positions arrive or are stored. The fuel gate and the monthly report use it as well.
 * No staff scope is applied: the caller decides who may see the answer.
 */
public interface Armada {

	/** The newest position the vehicle's tracker sent (already committed); empty before its first one. */
	Optional<PosisiKendaraan> posisiTerakhir(long kendaraanId);

	/** The valid fix closest in time to {@code waktu}, at most {@code selisih} before or after it. */
	Optional<PosisiKendaraan> posisiPada(long kendaraanId, Instant waktu, Duration selisih);

	/**
	 * The GPS distance driven between two times, in km with one decimal, from the server's odometer
	 * (jitter and jumps filtered out); empty when the vehicle had sent no position by {@code sampai}.
	 */
	Optional<BigDecimal> jarakTempuhKm(long kendaraanId, Instant dari, Instant sampai);

	/**
	 * The GPS distance driven from the vehicle's first fix up to {@code sampai} (a tracker is only
	 * heard once its vehicle is registered); empty when it had sent no position by then.
	 */
	Optional<BigDecimal> jarakTempuhKm(long kendaraanId, Instant sampai);

	/** The agency's registered vehicles, whatever their status, by plate. */
	List<KendaraanDinas> kendaraanOpd(long opdId);
}
