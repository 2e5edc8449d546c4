package id.kotacerdas.qris.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kotacerdas.qris.PenyediaPembayaran;

/** The acquirers the city accepts notifications from: the configured signed-JSON ones and any adapter bean (SNAP, later). */
final class DaftarPenyedia {

	private final Map<String, PenyediaPembayaran> perKode = new LinkedHashMap<>();

	DaftarPenyedia(List<PenyediaPembayaran> semua) {
		for (PenyediaPembayaran p : semua) {
			if (perKode.putIfAbsent(p.kode(), p) != null) {
				throw new IllegalStateException("two payment providers are named " + p.kode());
			}
		}
	}

	Optional<PenyediaPembayaran> cari(String kode) {
		return Optional.ofNullable(perKode.get(kode));
	}

	List<String> kode() {
		return List.copyOf(perKode.keySet());
	}
}
