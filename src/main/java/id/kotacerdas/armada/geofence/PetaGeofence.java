package id.kotacerdas.armada.geofence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** An immutable index of all geofences: which of them hold a point, via an STRtree on their boxes. */
public final class PetaGeofence {

	record Masukan(Geofence geofence, BentukGeofence bentuk) {
	}

	private final STRtree pohon = new STRtree();

	PetaGeofence(List<Masukan> semua) {
		for (Masukan m : semua) {
			pohon.insert(m.bentuk().batas(), m);
		}
		pohon.build();
	}

	/** The geofences containing the point. */
	public Set<Geofence> memuat(double lat, double lon) {
		Set<Geofence> hasil = new HashSet<>();
		pohon.query(new Envelope(lon, lon, lat, lat), item -> {
			Masukan m = (Masukan) item;
			if (m.bentuk().memuat(lat, lon)) {
				hasil.add(m.geofence());
			}
		});
		return hasil;
	}
}
