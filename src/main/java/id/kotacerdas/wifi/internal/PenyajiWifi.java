package id.kotacerdas.wifi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Hotspots in the words people read: place by name, hours in words and whether open now (WITA), health now and this month. */
@Component
class PenyajiWifi {

	private final HotspotRepository repo;

	private final KesehatanWifi kesehatan;

	private final Wilayah wilayah;

	private final WifiProperties properti;

	private final MessageSource pesan;

	private final Clock clock;

	PenyajiWifi(HotspotRepository repo, KesehatanWifi kesehatan, Wilayah wilayah, WifiProperties properti, MessageSource pesan, Clock clock) {
		this.repo = repo;
		this.kesehatan = kesehatan;
		this.wilayah = wilayah;
		this.properti = properti;
		this.pesan = pesan;
		this.clock = clock;
	}

	/**
	 * @param tempatLayanan the public-service place it serves, in words, or null
	 * @param bulanIni uptime of the current month so far, null when not monitored
	 * @param gangguan whether a citizen should expect it not to work now (marked broken, or silent)
	 * @param idAset the id a complaint names it by ({@code WIFI-7})
	 */
	record Tampilan(Hotspot h, String idAset, String kelurahan, String kecamatan, String jam, boolean bukaSekarang, KesehatanWifi.KeadaanKini kini,
			String terakhirHidup, Ketersediaan bulanIni, String tempatLayanan, boolean gangguan) {
	}

	List<Tampilan> semua(Locale bahasa) {
		return tampilan(repo.semua(), bahasa);
	}

	List<Tampilan> tampilan(List<Hotspot> hotspot, Locale bahasa) {
		Instant kini = clock.instant();
		YearMonth bulan = YearMonth.from(Waktu.wita(kini));
		Map<Long, Ketersediaan> uptime = kesehatan.ketersediaan(hotspot, bulan.atDay(1).atStartOfDay(Waktu.WITA).toInstant(),
				bulan.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant());
		Map<Long, Instant> terakhir = repo.hidupTerakhir();
		return hotspot.stream().map(h -> {
			Kelurahan k = wilayah.kelurahan(h.kelurahanKode()).orElse(null);
			KesehatanWifi.KeadaanKini keadaan = kesehatan.keadaan(h, terakhir);
			String tempat = properti.tempatLayanan().stream().filter(t -> t.kode().equals(h.tempatLayanan())).map(WifiProperties.TempatLayanan::nama)
				.findFirst().orElse(null);
			return new Tampilan(h, AsetWifi.idAset(h.id()), k == null ? h.kelurahanKode() : k.nama(), k == null ? null : k.kecamatan().nama(), jam(h.jam(), bahasa),
					h.jam().bukaPada(Waktu.wita(kini)), keadaan, Waktu.formatTanggalJam(keadaan.terakhir()), uptime.get(h.id()), tempat,
					h.status() == StatusHotspot.GANGGUAN || keadaan.keadaan() == KesehatanWifi.Keadaan.MATI);
		}).sorted(Comparator.comparing((Tampilan t) -> t.kecamatan() == null ? "" : t.kecamatan()).thenComparing(Tampilan::kelurahan)
			.thenComparing(t -> t.h().nama())).toList();
	}

	String jam(JamOperasional jam, Locale bahasa) {
		return jam.dalamKata(kunci -> pesan.getMessage("wifi.jam." + kunci, null, bahasa));
	}
}
