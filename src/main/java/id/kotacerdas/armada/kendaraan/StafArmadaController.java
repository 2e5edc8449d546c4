package id.kotacerdas.armada.kendaraan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.armada.Armada;
import id.kotacerdas.armada.PosisiKendaraan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.validation.Valid;

/** Staff pages of the register: the list with each vehicle's last sighting and due dates, and the vehicle form. */
@Controller
@RequestMapping("/staf/armada")
@PreAuthorize("hasAnyRole('ADMIN_KOMINFO','ADMIN_OPD','PIMPINAN')")
class StafArmadaController {

	/** Tax and registration dates this close are shown as due. */
	static final int HARI_PENGINGAT = 30;

	private final RegisterKendaraan register;

	private final Armada armada;

	private final DaftarOpd daftarOpd;

	private final Clock clock;

	private final PengingatJatuhTempo pengingat;

	StafArmadaController(RegisterKendaraan register, Armada armada, DaftarOpd daftarOpd, Clock clock, PengingatJatuhTempo pengingat) {
		this.register = register;
		this.armada = armada;
		this.daftarOpd = daftarOpd;
		this.clock = clock;
		this.pengingat = pengingat;
	}

	@GetMapping
	String daftar(Model model) {
		var daftar = register.daftar();
		Map<Long, PosisiKendaraan> terakhir = new HashMap<>();
		daftar.forEach(k -> armada.posisiTerakhir(k.id()).ifPresent(p -> terakhir.put(k.id(), p)));
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

	private Map<Long, String> namaOpd() {
		return daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek, (a, b) -> a));
	}
}
