package id.kotacerdas.wifi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.Waktu;

/**
 * A hotspot's health: signs of life from its heartbeat (the router calls with its token) and from the active probe,
 * one per slot; from them the uptime of any stretch of time and whether it is down now.
 */
@Service
class KesehatanWifi {

	static final String DETAK = "DETAK";

	static final String PROBE = "PROBE";

	private final HotspotRepository repo;

	private final WifiProperties properti;

	private final Clock clock;

	KesehatanWifi(HotspotRepository repo, WifiProperties properti, Clock clock) {
		this.repo = repo;
		this.properti = properti;
		this.clock = clock;
	}

	/** A heartbeat: the token names the hotspot. 401 for a missing or unknown token, 409 for a withdrawn hotspot. */
	@Transactional
	long detak(String token) {
		if (token == null || token.isBlank()) {
			throw new PermintaanDitolakException(HttpStatus.UNAUTHORIZED, "wifi.detak.tanpa-token");
		}
		Hotspot h = repo.cariToken(Sidik.sha256(token.strip()))
			.orElseThrow(() -> new PermintaanDitolakException(HttpStatus.UNAUTHORIZED, "wifi.detak.token-salah"));
		if (h.status() == StatusHotspot.NONAKTIF) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "wifi.detak.nonaktif");
		}
		repo.catatHidup(h.id(), slotDari(clock.instant()), DETAK);
		return h.id();
	}

	@Transactional
	void catatProbe(long hotspotId, Instant waktu) {
		repo.catatHidup(hotspotId, slotDari(waktu), PROBE);
	}

	/** The slot an instant falls in (slots divide the hour, so they line up with WITA's hours too). */
	Instant slotDari(Instant waktu) {
		long s = properti.slot().toSeconds();
		return Instant.ofEpochSecond(Math.floorDiv(waktu.getEpochSecond(), s) * s);
	}

	/** Uptime of every monitored hotspot over {@code [dari, sampai)}, read in one query. */
	Map<Long, Ketersediaan> ketersediaan(Iterable<Hotspot> hotspot, Instant dari, Instant sampai) {
		// the current slot is not finished: it is neither measured nor counted
		Map<Long, Long> hidup = repo.slotHidup(dari, min(sampai, slotDari(clock.instant())));
		Map<Long, Ketersediaan> hasil = new java.util.HashMap<>();
		for (Hotspot h : hotspot) {
			ketersediaan(h, dari, sampai, hidup.getOrDefault(h.id(), 0L)).ifPresent(k -> hasil.put(h.id(), k));
		}
		return hasil;
	}

	/**
	 * The stretch measured runs from the later of {@code dari} and the slot monitoring started in, to the earlier of
	 * {@code sampai} and the start of the current (unfinished) slot. Its cost is the monthly cost for the share of
	 * the month(s) it covers.
	 */
	Optional<Ketersediaan> ketersediaan(Hotspot h, Instant dari, Instant sampai, long slotHidup) {
		if (!h.dipantau()) {
			return Optional.empty();
		}
		Instant mulai = max(dari, slotDari(h.dipantauSejak()));
		Instant akhir = min(sampai, slotDari(clock.instant()));
		Duration slot = properti.slot();
		long diukur = akhir.isAfter(mulai) ? Duration.between(mulai, akhir).toSeconds() / slot.toSeconds() : 0;
		return Optional.of(new Ketersediaan(slotHidup, diukur, slot, biaya(h.biayaBulanan(), mulai, akhir)));
	}

	/** The monthly cost pro rata for each WITA month the stretch touches. */
	static long biaya(long biayaBulanan, Instant mulai, Instant akhir) {
		BigDecimal total = BigDecimal.ZERO;
		Instant t = mulai;
		while (t.isBefore(akhir)) {
			YearMonth bulan = YearMonth.from(Waktu.wita(t));
			Instant awalBulan = bulan.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
			Instant akhirBulan = bulan.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
			Instant ujung = min(akhir, akhirBulan);
			total = total.add(BigDecimal.valueOf(biayaBulanan).multiply(BigDecimal.valueOf(Duration.between(t, ujung).toSeconds()))
				.divide(BigDecimal.valueOf(Duration.between(awalBulan, akhirBulan).toSeconds()), 10, RoundingMode.HALF_UP));
			t = ujung;
		}
		return total.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/** What a monitored hotspot looks like now. */
	enum Keadaan {
		/** A sign of life within the last two slots. */
		HIDUP,
		/** No sign of life for longer than that. */
		MATI,
		/** Neither a heartbeat token nor a probe address: nothing is known. */
		TIDAK_DIPANTAU
	}

	/**
	 * @param terakhir the last slot with a sign of life (null: none yet)
	 * @param matiSejak when the current silence started (the end of the last live slot, or the start of monitoring)
	 */
	record KeadaanKini(Keadaan keadaan, Instant terakhir, Instant matiSejak) {

		Duration lamaMati(Instant kini) {
			return matiSejak == null ? Duration.ZERO : Duration.between(matiSejak, kini);
		}
	}

	KeadaanKini keadaan(Hotspot h, Map<Long, Instant> hidupTerakhir) {
		if (!h.dipantau()) {
			return new KeadaanKini(Keadaan.TIDAK_DIPANTAU, null, null);
		}
		Instant terakhir = hidupTerakhir.get(h.id());
		Instant akhirHidup = terakhir == null ? h.dipantauSejak() : terakhir.plus(properti.slot());
		boolean hidup = terakhir != null && !akhirHidup.plus(properti.slot()).isBefore(clock.instant());
		return new KeadaanKini(hidup ? Keadaan.HIDUP : Keadaan.MATI, terakhir, hidup ? null : akhirHidup);
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
