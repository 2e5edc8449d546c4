package id.kotacerdas.armada.pelacakan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/armada")
@Tag(name = "Armada: posisi", description = "Posisi kendaraan dari pelacak (protokol OsmAnd di port terpisah); masuk/keluar geofence")
class PosisiController {

	/** Longest history period per request. */
	static final Duration PERIODE_MAKS = Duration.ofDays(31);

	private final RegisterKendaraan register;

	private final PosisiTerkini terkini;

	private final PosisiRepository repo;

	private final DetektorGeofence detektor;

	private final Clock clock;

	PosisiController(RegisterKendaraan register, PosisiTerkini terkini, PosisiRepository repo, DetektorGeofence detektor, Clock clock) {
		this.register = register;
		this.terkini = terkini;
		this.repo = repo;
		this.detektor = detektor;
		this.clock = clock;
	}

	@Schema(description = "Posisi kendaraan; waktu dalam WITA, kecepatan dalam km/jam")
	record PosisiJson(long kendaraanId, String trackerId, String nomorPolisi, double lat, double lon, OffsetDateTime waktu,
			@Schema(description = "km/jam") Double kecepatan, Double arah, Double ketinggian, Double akurasi, boolean valid,
			Map<String, Object> atribut) {

		static PosisiJson dari(Posisi p, Kendaraan k) {
			return new PosisiJson(p.kendaraanId(), k.trackerId(), k.nomorPolisi(), p.lat(), p.lon(),
					p.waktu().atZone(Waktu.WITA).toOffsetDateTime(), p.kecepatanKmh(), p.arah(), p.ketinggian(), p.akurasi(),
					p.valid(), p.atribut());
		}
	}

	record Riwayat(long kendaraanId, OffsetDateTime dari, OffsetDateTime sampai, int total, List<PosisiJson> posisi) {
	}

	@GetMapping("/posisi")
	@Operation(summary = "Posisi terakhir setiap kendaraan", description = "Kendaraan yang boleh dilihat petugas; yang belum pernah mengirim posisi tidak disertakan.")
	List<PosisiJson> terakhir(Staf staf) {
		return register.daftar(staf)
			.stream()
			.flatMap(k -> terkini.dari(k.id()).map(p -> PosisiJson.dari(p, k)).stream())
			.sorted(Comparator.comparing(PosisiJson::nomorPolisi))
			.toList();
	}

	@GetMapping("/kendaraan/{id}/posisi")
	@Operation(summary = "Riwayat posisi satu kendaraan", description = "Urut waktu; periode paling lama 31 hari.")
	Riwayat riwayat(@PathVariable long id,
			@Parameter(description = "ISO 8601, mis. 2026-11-22T08:00:00+08:00; tanpa zona berarti WITA") @RequestParam String dari,
			@Parameter(description = "ISO 8601") @RequestParam String sampai, Staf staf) {
		Kendaraan k = register.lihat(staf, id);
		Instant awal = waktu("dari", dari, false);
		Instant akhir = waktu("sampai", sampai, true);
		if (akhir.isBefore(awal) || Duration.between(awal, akhir).compareTo(PERIODE_MAKS) > 0) {
			throw new PermintaanDitolakException("armada.posisi.periode-tidak-valid");
		}
		List<PosisiJson> posisi = repo.riwayat(id, awal, akhir).stream().map(p -> PosisiJson.dari(p, k)).toList();
		return new Riwayat(id, awal.atZone(Waktu.WITA).toOffsetDateTime(), akhir.atZone(Waktu.WITA).toOffsetDateTime(),
				posisi.size(), posisi);
	}

	@GetMapping("/kendaraan/{id}/perjalanan")
	@Operation(summary = "Perjalanan dan pemberhentian satu kendaraan pada satu hari (WITA)",
			description = "Berhenti: diam dalam radius 50 m selama paling sedikit 5 menit; di antaranya perjalanan dengan jarak GPS.")
	List<PemisahPerjalanan.Segmen> perjalanan(@PathVariable long id,
			@Parameter(description = "yyyy-MM-dd") @RequestParam String tanggal, Staf staf) {
		register.lihat(staf, id);
		return PemisahPerjalanan.pisahkan(repo.riwayat(id, waktu("tanggal", tanggal, false), waktu("tanggal", tanggal, true)));
	}

	@GetMapping("/kendaraan/{id}/geofence")
	@Operation(summary = "Kendaraan masuk/keluar geofence pada satu hari (WITA)")
	List<DetektorGeofence.Peristiwa> peristiwa(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal, Staf staf) {
		register.lihat(staf, id);
		return detektor.peristiwa(id, tanggal != null ? tanggal : LocalDate.now(clock.withZone(Waktu.WITA)));
	}

	/** ISO 8601 instant, offset date-time, local date-time (WITA) or a date (its start, or its end for {@code sampai}). */
	static Instant waktu(String nama, String masukan, boolean akhirHari) {
		// an unencoded "+08:00" in a query string arrives as " 08:00"
		String nilai = masukan.strip().contains("T") ? masukan.strip().replace(' ', '+') : masukan.strip();
		try {
			if (nilai.length() == 10) {
				LocalDate hari = LocalDate.parse(nilai);
				return (akhirHari ? hari.plusDays(1).atStartOfDay(Waktu.WITA).minusNanos(1) : hari.atStartOfDay(Waktu.WITA)).toInstant();
			}
			try {
				return OffsetDateTime.parse(nilai).toInstant();
			}
			catch (DateTimeParseException tanpaZona) {
				return LocalDateTime.parse(nilai).atZone(Waktu.WITA).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", nama);
		}
	}
}
