package id.kotacerdas.armada.pelacakan;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/** Staff pages of tracking: the live map and a vehicle's day on the map (trips, stops, geofence entries and exits). */
@Controller
@RequestMapping("/staf/armada")
@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
class StafPetaController {

	private final RegisterKendaraan register;

	private final SiaranPosisi siaran;

	private final PosisiRepository posisi;

	private final DetektorGeofence detektor;

	private final KotaProperties kota;

	private final Clock clock;

	StafPetaController(RegisterKendaraan register, SiaranPosisi siaran, PosisiRepository posisi, DetektorGeofence detektor,
			KotaProperties kota, Clock clock) {
		this.register = register;
		this.siaran = siaran;
		this.posisi = posisi;
		this.detektor = detektor;
		this.kota = kota;
		this.clock = clock;
	}

	@GetMapping("/peta")
	String peta(Model model) {
		model.addAttribute("pusat", kota.pusatPeta());
		return "armada/peta";
	}

	@GetMapping("/peta/aliran")
	SseEmitter aliran(Staf staf) {
		return siaran.ikuti(staf);
	}

	@GetMapping("/kendaraan/{id}/riwayat")
	String riwayat(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			Staf staf, Model model) {
		model.addAttribute("kendaraan", register.lihat(staf, id));
		LocalDate hari = tanggal == null ? LocalDate.now(clock.withZone(Waktu.WITA)) : tanggal;
		model.addAttribute("tanggal", hari);
		model.addAttribute("segmen", PemisahPerjalanan.pisahkan(posisi.riwayat(id, hari.atStartOfDay(Waktu.WITA).toInstant(),
				hari.plusDays(1).atStartOfDay(Waktu.WITA).toInstant())));
		model.addAttribute("peristiwa", detektor.peristiwa(id, hari));
		model.addAttribute("pusat", kota.pusatPeta());
		return "armada/riwayat";
	}
}
