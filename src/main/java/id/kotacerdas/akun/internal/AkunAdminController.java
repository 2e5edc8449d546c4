package id.kotacerdas.akun.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Pages where administrators manage accounts and TRC teams (their own agency's, or all for Kominfo). */
@Controller
@RequestMapping("/admin/akun")
@PreAuthorize("hasAnyRole('ADMIN_KOMINFO', 'ADMIN_OPD')")
class AkunAdminController {

	private final PenggunaService pengguna;

	private final TimService tim;

	private final AkunStaf akun;

	private final DaftarOpd opd;

	private final Wilayah wilayah;

	AkunAdminController(PenggunaService pengguna, TimService tim, AkunStaf akun, DaftarOpd opd, Wilayah wilayah) {
		this.pengguna = pengguna;
		this.tim = tim;
		this.akun = akun;
		this.opd = opd;
		this.wilayah = wilayah;
	}

	private Staf aktor() {
		return akun.stafSaatIni().orElseThrow();
	}

	@GetMapping("/pengguna")
	String daftarPengguna(Model model) {
		Staf aktor = aktor();
		model.addAttribute("daftar", pengguna.terlihatOleh(aktor));
		model.addAttribute("namaOpd", opd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek)));
		return "akun/pengguna-daftar";
	}

	@GetMapping({ "/pengguna/baru", "/pengguna/{id}" })
	String formulirPengguna(@PathVariable(required = false) Long id, Model model) {
		Staf aktor = aktor();
		model.addAttribute("pengguna", id == null ? null : pengguna.untukDikelola(aktor, id));
		isiPilihan(aktor, model);
		return "akun/pengguna-formulir";
	}

	@PostMapping("/pengguna/baru")
	String buatPengguna(@RequestParam String username, @RequestParam String nama, @RequestParam(required = false) String email,
			@RequestParam Peran peran, @RequestParam(required = false) Long opdId, @RequestParam(required = false) Long timId,
			@RequestParam String kataSandi, RedirectAttributes redirect) {
		Staf aktor = aktor();
		Pengguna p = pengguna.buat(aktor, new PenggunaService.Perintah(username, nama, email, peran, opdAtau(aktor, opdId), timId, true), kataSandi);
		redirect.addFlashAttribute("sukses", p.username());
		return "redirect:/admin/akun/pengguna";
	}

	@PostMapping("/pengguna/{id}")
	String ubahPengguna(@PathVariable long id, @RequestParam String nama, @RequestParam(required = false) String email,
			@RequestParam Peran peran, @RequestParam(required = false) Long opdId, @RequestParam(required = false) Long timId,
			@RequestParam(defaultValue = "false") boolean aktif, RedirectAttributes redirect) {
		Staf aktor = aktor();
		Pengguna p = pengguna.ubah(aktor, id, new PenggunaService.Perintah(null, nama, email, peran, opdAtau(aktor, opdId), timId, aktif));
		redirect.addFlashAttribute("sukses", p.username());
		return "redirect:/admin/akun/pengguna";
	}

	@PostMapping("/pengguna/{id}/sandi")
	String gantiSandi(@PathVariable long id, @RequestParam String kataSandi, RedirectAttributes redirect) {
		pengguna.gantiKataSandi(aktor(), id, kataSandi);
		redirect.addFlashAttribute("sukses", id);
		return "redirect:/admin/akun/pengguna";
	}

	@GetMapping("/tim")
	String daftarTim(Model model) {
		Staf aktor = aktor();
		model.addAttribute("daftar", tim.terlihatOleh(aktor));
		model.addAttribute("namaOpd", opd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek)));
		// a team's area is stored as region codes; people read the names
		model.addAttribute("namaKecamatan", wilayah.kecamatan().stream().collect(Collectors.toMap(Kecamatan::kode, Kecamatan::nama)));
		model.addAttribute("namaKelurahan", wilayah.kelurahan().stream().collect(Collectors.toMap(Kelurahan::kode, Kelurahan::nama)));
		return "akun/tim-daftar";
	}

	@GetMapping({ "/tim/baru", "/tim/{id}" })
	String formulirTim(@PathVariable(required = false) Long id, Model model) {
		Staf aktor = aktor();
		model.addAttribute("tim", id == null ? null : tim.untukDikelola(aktor, id));
		isiPilihan(aktor, model);
		return "akun/tim-formulir";
	}

	@PostMapping({ "/tim/baru", "/tim/{id}" })
	String simpanTim(@PathVariable(required = false) Long id, @RequestParam(required = false) Long opdId, @RequestParam String nama,
			@RequestParam(required = false) String[] wilayah, @RequestParam(defaultValue = "false") boolean utama,
			RedirectAttributes redirect) {
		Staf aktor = aktor();
		Set<String> cakupan = wilayah == null ? Set.of() : Set.copyOf(Arrays.asList(wilayah));
		var t = tim.simpan(aktor, id, opdAtau(aktor, opdId), nama, cakupan, utama);
		redirect.addFlashAttribute("sukses", t.nama());
		return "redirect:/admin/akun/tim";
	}

	/** Agency administrators always act within their own agency, whatever the form says. */
	private static Long opdAtau(Staf aktor, Long opdId) {
		return aktor.peran() == Peran.ADMIN_KOMINFO ? opdId : aktor.opdId();
	}

	private void isiPilihan(Staf aktor, Model model) {
		boolean kominfo = aktor.peran() == Peran.ADMIN_KOMINFO;
		model.addAttribute("pilihanPeran", kominfo ? List.of(Peran.values()) : List.of(Peran.ADMIN_OPD, Peran.PETUGAS_TRC));
		model.addAttribute("pilihanOpd", kominfo ? opd.semua() : opd.cari(aktor.opdId()).stream().toList());
		model.addAttribute("pilihanTim", tim.terlihatOleh(aktor));
		model.addAttribute("kecamatan", wilayah.kecamatan());
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("panjangSandi", PenggunaService.PANJANG_SANDI_MINIMUM);
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		MenuStaf menuPengguna() {
			return new MenuStaf("menu.pengguna", "/admin/akun/pengguna", 70, Set.of("ADMIN_KOMINFO", "ADMIN_OPD"));
		}

		@Bean
		MenuStaf menuTim() {
			return new MenuStaf("menu.tim", "/admin/akun/tim", 71, Set.of("ADMIN_KOMINFO", "ADMIN_OPD"));
		}

		@Bean
		MenuStaf menuKunciApi() {
			return new MenuStaf("menu.kunci-api", "/admin/akun/kunci-api", 72, Set.of("ADMIN_KOMINFO"));
		}
	}
}
