package id.kotacerdas.wifi.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Coverage as the city measures it: of the public-service places — every kantor kelurahan of the region register and
 * the places configured in {@code kc.wifi.tempat-layanan} — the share with working Wi-Fi. A place has working Wi-Fi
 * over a stretch of time when a hotspot serving it is in service ({@link StatusHotspot#AKTIF}) and was up at least
 * {@code kc.wifi.ambang-berfungsi} percent of the time measured. A hotspot nobody monitors proves nothing and does not
 * count.
 */
@Service
class CakupanWifi {

	static final String AWALAN_KELURAHAN = "kelurahan:";

	private final HotspotRepository repo;

	private final KesehatanWifi kesehatan;

	private final Wilayah wilayah;

	private final WifiProperties properti;

	CakupanWifi(HotspotRepository repo, KesehatanWifi kesehatan, Wilayah wilayah, WifiProperties properti) {
		this.repo = repo;
		this.kesehatan = kesehatan;
		this.wilayah = wilayah;
		this.properti = properti;
	}

	/** A public-service place; {@code nama} is null for a kantor kelurahan (its words come from the bundle with the kelurahan's name). */
	record Tempat(String kode, String nama, Kelurahan kelurahan) {
	}

	/** @param hotspot the hotspots serving it; @param berfungsi whether one of them was working Wi-Fi */
	record Liputan(Tempat tempat, List<Hotspot> hotspot, boolean berfungsi) {
	}

	record Hasil(List<Liputan> tempat, long berfungsi, long jumlahHotspot) {

		public long jumlah() {
			return tempat.size();
		}
	}

	List<Tempat> tempat() {
		List<Tempat> semua = new ArrayList<>();
		for (Kelurahan k : wilayah.kelurahan()) {
			semua.add(new Tempat(AWALAN_KELURAHAN + k.kode(), null, k));
		}
		for (WifiProperties.TempatLayanan t : properti.tempatLayanan()) {
			semua.add(new Tempat(t.kode(), t.nama(), wilayah.kelurahan(t.kelurahan()).orElse(null)));
		}
		return semua;
	}

	/** The place a hotspot serves: its kantor kelurahan, or the configured place it names; null for none. */
	static String tempatDari(Hotspot h) {
		return h.jenisTempat() == JenisTempat.KANTOR_KELURAHAN ? AWALAN_KELURAHAN + h.kelurahanKode() : h.tempatLayanan();
	}

	/** The hotspots that were working Wi-Fi over the stretch: in service, monitored, and up at least the threshold. */
	List<Hotspot> berfungsi(Instant dari, Instant sampai) {
		List<Hotspot> semua = repo.semua().stream().filter(h -> h.status() != StatusHotspot.NONAKTIF).toList();
		return semua.stream().filter(berfungsi(kesehatan.ketersediaan(semua, dari, sampai))).toList();
	}

	private Predicate<Hotspot> berfungsi(Map<Long, Ketersediaan> uptime) {
		return h -> h.status() == StatusHotspot.AKTIF && uptime.containsKey(h.id()) && uptime.get(h.id()).berfungsi(properti.ambangBerfungsi());
	}

	Hasil hitung(Instant dari, Instant sampai) {
		List<Hotspot> semua = repo.semua().stream().filter(h -> h.status() != StatusHotspot.NONAKTIF).toList();
		Map<Long, Ketersediaan> uptime = kesehatan.ketersediaan(semua, dari, sampai);
		List<Liputan> hasil = new ArrayList<>();
		long berfungsi = 0;
		long jumlahHotspot = 0;
		for (Tempat t : tempat()) {
			List<Hotspot> melayani = semua.stream().filter(h -> t.kode().equals(tempatDari(h))).toList();
			boolean ok = melayani.stream().anyMatch(berfungsi(uptime));
			hasil.add(new Liputan(t, melayani, ok));
			berfungsi += ok ? 1 : 0;
			jumlahHotspot += melayani.size();
		}
		return new Hasil(List.copyOf(hasil), berfungsi, jumlahHotspot);
	}
}
