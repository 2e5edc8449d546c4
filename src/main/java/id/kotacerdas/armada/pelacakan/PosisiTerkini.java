package id.kotacerdas.armada.pelacakan;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The newest committed position of every vehicle, for the live map and the API. */
@Component
class PosisiTerkini {

	private final Map<Long, Posisi> terakhir = new ConcurrentHashMap<>();

	Optional<Posisi> dari(long kendaraanId) {
		return Optional.ofNullable(terakhir.get(kendaraanId));
	}

	/** Called by the writer after the commit only. */
	void perbarui(Collection<Posisi> baru) {
		for (Posisi p : baru) {
			terakhir.merge(p.kendaraanId(), p, (lama, kini) -> kini.waktu().isAfter(lama.waktu()) ? kini : lama);
		}
	}
}
