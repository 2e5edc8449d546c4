package id.kotacerdas.umkm;

import java.time.Instant;
import java.util.List;

/**
 * Read access for other modules (an event's report card): the businesses of the public directory whose registered
 * place is near a point. Only what the directory shows (name, distance); never the owner.
 */
public interface UsahaSekitar {

	/**
	 * Active businesses in the public directory, already active at {@code pada}, within {@code meter} of the point,
	 * nearest first, at most {@code batas}.
	 */
	List<Usaha> sekitar(double lat, double lon, double meter, Instant pada, int batas);

	/** How many such businesses there are (the list may be cut at its limit). */
	long jumlahSekitar(double lat, double lon, double meter, Instant pada);

	/** @param jarakMeter from the point, rounded */
	record Usaha(long id, String nama, long jarakMeter) {
	}
}
