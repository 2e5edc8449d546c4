package id.kotacerdas.armada.kendaraan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.armada.pelacakan.DetektorGeofence;
import id.kotacerdas.armada.pelacakan.PemisahPerjalanan;
import id.kotacerdas.armada.pelacakan.Posisi;
import id.kotacerdas.armada.pelacakan.PosisiRepository;
import id.kotacerdas.armada.pelacakan.PosisiTerkini;
import id.kotacerdas.armada.pelacakan.SiaranPosisi;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.validation.Valid;

/** Staff pages: the register, the live map, a vehicle's day on the map. */
@Controller
@RequestMapping("/staf/armada")
@PreAuthorize("hasAnyRole('ADMIN_KOMINFO','ADMIN_OPD','PIMPINAN')")
class StafArmadaController {

	/** Tax and registration dates this close are shown as due. */
	static final int HARI_PENGINGAT = 30;

	private final RegisterKendaraan register;

	private final PosisiTerkini terkini;

	private final SiaranPosisi siaran;

	private final PosisiRepository posisi;

	private final DaftarOpd daftarOpd;

	private final KotaProperties kota;

	private final Clock clock;

	private final PengingatJatuhTempo pengingat;

	private final DetektorGeofence detektor;

	StafArmadaController(RegisterKendaraan register, PosisiTerkini terkini, SiaranPosisi siaran, PosisiRepository posisi,
			DaftarOpd daftarOpd, KotaProperties kota, Clock clock, PengingatJatuhTempo pengingat, DetektorGeofence detektor) {
		this.register = register;
		this.terkini = terkini;
		this.siaran = siaran;
		this.posisi = posisi;
		this.daftarOpd = daftarOpd;
		this.kota = kota;
		this.clock = clock;
		this.pengingat = pengingat;
		this.detektor = detektor;
	}

	@GetMapping
	String daftar(Model model) {
		var daftar = register.daftar();
		Map<Long, Posisi> terakhir = new HashMap<>();
		daftar.forEach(k -> terkini.dari(k.id()).ifPresent(p -> terakhir.put(k.id(), p)));
		model.addAttribute("daftar", daftar);
		model.addAttribute("opd", namaOpd());
		model.addAttribute("terakhir", terakhir);
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		model.addAttribute("hariIni", hariIni);
		model.addAttribute("pengingat", pengingat.sejak(hariIni.minusDays(HARI_PENGINGAT), register.lingkupOpd()));
		model.addAttribute("hariPengingat", HARI_PENGINGAT);
		model.addAttribute("bolehMengubah", register.staf().bolehMengubah());
		return "armada/daftar";
	}

	@GetMapping({ "/kendaraan/baru", "/kendaraan/{id}" })
	@PreAuthorize("hasAnyRole('ADMIN_KOMINFO','ADMIN_OPD')")
	String formulir(@PathVariable(required = false) Long id, Model model) {
		Kendaraan k = id == null ? null : register.lihat(id);
		return tampilFormulir(model, id, k == null ? null : k.data(), null);
	}

	@PostMapping({ "/kendaraan/baru", "/kendaraan/{id}" })
	@PreAuthorize("hasAnyRole('ADMIN_KOMINFO','ADMIN_OPD')")
	String simpan(@PathVariable(required = false) Long id, @Valid @ModelAttribute("data") DataKendaraan data, BindingResult hasil,
			Model model, RedirectAttributes redirect) {
		if (hasil.hasErrors()) {
			return tampilFormulir(model, id, data, hasil.getFieldErrors().stream().map(e -> e.getField()).distinct().sorted()
				.collect(Collectors.joining(", ")));
		}
		try {
			Kendaraan k = id == null ? register.tambah(data) : register.ubah(id, data);
			redirect.addFlashAttribute("sukses", k.nomorPolisi());
			return "redirect:/staf/armada";
		}
		catch (PermintaanDitolakException ex) {
			model.addAttribute("galatKode", ex.kodePesan());
			model.addAttribute("galatArgumen", ex.argumen());
			return tampilFormulir(model, id, data, null);
		}
	}

	private String tampilFormulir(Model model, Long id, DataKendaraan data, String isianSalah) {
		var staf = register.staf();
		model.addAttribute("id", id);
		model.addAttribute("data", data);
		model.addAttribute("isianSalah", isianSalah);
		model.addAttribute("daftarOpd", daftarOpd.semua().stream().filter(o -> staf.berwenangAtas(o.id())).toList());
		model.addAttribute("jenisBbm", JenisBbm.values());
		model.addAttribute("golongan", GolonganKendaraan.values());
		model.addAttribute("kondisi", KondisiKendaraan.values());
		model.addAttribute("status", StatusKendaraan.values());
		return "armada/formulir";
	}

	@GetMapping("/peta")
	String peta(Model model) {
		model.addAttribute("pusat", kota.pusatPeta());
		return "armada/peta";
	}

	@GetMapping("/peta/aliran")
	SseEmitter aliran() {
		return siaran.ikuti(register.lingkupOpd());
	}

	@GetMapping("/kendaraan/{id}/riwayat")
	String riwayat(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal, Model model) {
		model.addAttribute("kendaraan", register.lihat(id));
		LocalDate hari = tanggal == null ? LocalDate.now(clock.withZone(Waktu.WITA)) : tanggal;
		model.addAttribute("tanggal", hari);
		model.addAttribute("segmen", PemisahPerjalanan.pisahkan(posisi.riwayat(id, hari.atStartOfDay(Waktu.WITA).toInstant(),
				hari.plusDays(1).atStartOfDay(Waktu.WITA).toInstant())));
		model.addAttribute("peristiwa", detektor.peristiwa(id, hari));
		model.addAttribute("pusat", kota.pusatPeta());
		return "armada/riwayat";
	}

	private Map<Long, String> namaOpd() {
		return daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek, (a, b) -> a));
	}
}
