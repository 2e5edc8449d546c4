package id.kotacerdas.opd.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

@Controller
@Tag(name = "OPD", description = "Perangkat Daerah")
class OpdController {

	private final OpdService opd;

	private final MessageSource pesan;

	OpdController(OpdService opd, MessageSource pesan) {
		this.opd = opd;
		this.pesan = pesan;
	}

	@GetMapping("/api/opd")
	@ResponseBody
	@Operation(summary = "Daftar Perangkat Daerah")
	List<Opd> daftar() {
		return opd.semua();
	}

	@GetMapping("/admin/opd")
	@PreAuthorize(Peran.Akses.KOMINFO_DAN_PIMPINAN)
	String halamanDaftar(Model model) {
		model.addAttribute("daftar", opd.semua());
		return "opd/daftar";
	}

	@GetMapping({ "/admin/opd/baru", "/admin/opd/{id}" })
	@PreAuthorize(Peran.Akses.KOMINFO)
	String formulir(@PathVariable(required = false) Long id, Model model) {
		Opd o = id == null ? null : opd.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("opd.tidak-ditemukan"));
		Map<String, String> nilai = new HashMap<>();
		nilai.put("aktif", "true");
		if (o != null) {
			nilai.put("nama", o.nama());
			nilai.put("singkatan", o.singkatan());
			nilai.put("jenis", o.jenis());
			nilai.put("kodeWilayah", o.kodeWilayah());
			nilai.put("aktif", String.valueOf(o.aktif()));
		}
		return formulir(id, nilai, Map.of(), model);
	}

	@PostMapping({ "/admin/opd/baru", "/admin/opd/{id}" })
	@PreAuthorize(Peran.Akses.KOMINFO)
	String simpan(@PathVariable(required = false) Long id, @RequestParam(required = false) String nama,
			@RequestParam(required = false) String singkatan, @RequestParam(required = false) String jenis,
			@RequestParam(required = false) String kodeWilayah, @RequestParam(defaultValue = "false") boolean aktif,
			Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		try {
			Opd disimpan = opd.simpan(id, nama, singkatan, jenis, kodeWilayah, aktif);
			redirect.addFlashAttribute("sukses", disimpan.nama());
			return "redirect:/admin/opd";
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			Map<String, String> nilai = new HashMap<>();
			nilai.put("nama", nama);
			nilai.put("singkatan", singkatan);
			nilai.put("jenis", jenis);
			nilai.put("kodeWilayah", kodeWilayah);
			nilai.put("aktif", String.valueOf(aktif));
			return formulir(id, nilai, ex.pesan(pesan, locale), model);
		}
	}

	private String formulir(Long id, Map<String, String> nilai, Map<String, String> galat, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		model.addAttribute("jenisOpd", OpdService.JENIS);
		return "opd/formulir";
	}

	@Configuration(proxyBeanMethods = false)
	static class Akses {

		@Bean
		AksesPublik aksesOpd() {
			return () -> List.of("/api/opd");
		}

		@Bean
		MenuStaf menuOpd() {
			return new MenuStaf("menu.opd", "/admin/opd", 80, Set.of(Peran.ADMIN_KOMINFO, Peran.PIMPINAN), MenuStaf.Kelompok.PENGATURAN);
		}
	}
}
