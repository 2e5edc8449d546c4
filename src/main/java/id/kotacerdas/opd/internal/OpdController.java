package id.kotacerdas.opd.internal;

import java.util.List;
import java.util.Set;

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
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.PermintaanDitolakException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller
@Tag(name = "OPD", description = "Perangkat Daerah")
class OpdController {

	private final OpdService opd;

	OpdController(OpdService opd) {
		this.opd = opd;
	}

	@GetMapping("/api/opd")
	@ResponseBody
	@Operation(summary = "Daftar Perangkat Daerah")
	List<Opd> daftar() {
		return opd.semua();
	}

	@GetMapping("/admin/opd")
	@PreAuthorize("hasAnyRole('ADMIN_KOMINFO', 'PIMPINAN')")
	String halamanDaftar(Model model) {
		model.addAttribute("daftar", opd.semua());
		return "opd/daftar";
	}

	@GetMapping({ "/admin/opd/baru", "/admin/opd/{id}" })
	@PreAuthorize("hasRole('ADMIN_KOMINFO')")
	String formulir(@PathVariable(required = false) Long id, Model model) {
		model.addAttribute("opd", id == null ? null
				: opd.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("opd.tidak-ditemukan")));
		model.addAttribute("jenisOpd", OpdService.JENIS);
		return "opd/formulir";
	}

	@PostMapping({ "/admin/opd/baru", "/admin/opd/{id}" })
	@PreAuthorize("hasRole('ADMIN_KOMINFO')")
	String simpan(@PathVariable(required = false) Long id, @RequestParam String nama,
			@RequestParam(required = false) String singkatan, @RequestParam String jenis,
			@RequestParam(required = false) String kodeWilayah, @RequestParam(defaultValue = "false") boolean aktif,
			RedirectAttributes redirect) {
		Opd disimpan = opd.simpan(id, nama, singkatan, jenis, kodeWilayah, aktif);
		redirect.addFlashAttribute("sukses", disimpan.nama());
		return "redirect:/admin/opd";
	}

	@Configuration(proxyBeanMethods = false)
	static class Akses {

		@Bean
		AksesPublik aksesOpd() {
			return () -> List.of("/api/opd");
		}

		@Bean
		MenuStaf menuOpd() {
			return new MenuStaf("menu.opd", "/admin/opd", 80, Set.of("ADMIN_KOMINFO", "PIMPINAN"));
		}
	}
}
