package id.kotacerdas.akun.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
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

import jakarta.servlet.http.HttpServletResponse;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Pages where administrators manage accounts and TRC teams (their own agency's, or all for Kominfo). */
@Controller
@RequestMapping("/admin/akun")
@PreAuthorize(Peran.Akses.ADMIN)
class AkunAdminController {

	private final PenggunaService pengguna;

	private final TimService tim;

	private final DaftarOpd opd;

	private final Wilayah wilayah;

	private final MessageSource pesan;

	private final KeluarDinasRepository keluarDinas;

	AkunAdminController(PenggunaService pengguna, TimService tim, DaftarOpd opd, Wilayah wilayah, MessageSource pesan,
			KeluarDinasRepository keluarDinas) {
		this.keluarDinas = keluarDinas;
		this.pesan = pesan;
		this.pengguna = pengguna;
		this.tim = tim;
		this.opd = opd;
		this.wilayah = wilayah;
	}

	@GetMapping("/pengguna")
	String daftarPengguna(Staf aktor, Model model) {
		model.addAttribute("daftar", pengguna.terlihatOleh(aktor));
		model.addAttribute("namaOpd", opd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek)));
		model.addAttribute("keluarDinas", keluarDinas.akunAktif());
		return "akun/pengguna-daftar";
	}

	@GetMapping("/pengguna/baru")
	String formulirPenggunaBaru(Staf aktor, Model model) {
		Map<String, String> nilai = new HashMap<>();
		if (!aktor.adminKota()) {
			nilai.put("opdId", String.valueOf(aktor.opdId()));
		}
		return formulirPengguna(aktor, null, nilai, Map.of(), model);
	}

	@GetMapping("/pengguna/{id}")
	String formulirUbahPengguna(@PathVariable long id, Staf aktor, Model model) {
		Pengguna p = pengguna.untukDikelola(aktor, id);
		Map<String, String> nilai = new HashMap<>();
		nilai.put("nama", p.nama());
		nilai.put("email", p.email());
		nilai.put("peran", p.peran().name());
		nilai.put("opdId", p.opdId() == null ? "" : p.opdId().toString());
		nilai.put("timId", p.timId() == null ? "" : p.timId().toString());
		nilai.put("nip", p.nip());
		nilai.put("aktif", String.valueOf(p.aktif()));
		return formulirPengguna(aktor, p, nilai, Map.of(), model);
	}

	/** The team list of the agency chosen on the user form (htmx swaps it in when the agency changes). */
	@GetMapping("/pengguna/pilihan-tim")
	String pilihanTim(@RequestParam(required = false) Long opdId, @RequestParam(required = false) String timId, Staf aktor,
			Model model) {
		model.addAttribute("pilihanTim", timUntuk(aktor, opdId));
		model.addAttribute("nilai", Collections.singletonMap("timId", timId));
		model.addAttribute("galat", Map.of());
		return "akun/pengguna-formulir :: pilihanTim";
	}

	@PostMapping("/pengguna/baru")
	String buatPengguna(@RequestParam Map<String, String> isian, @RequestParam(required = false) String perbarui, Staf aktor,
			Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Map<String, String> nilai = tanpaSandi(isian);
		// if the form comes back, its password field is empty and says so
		model.addAttribute("sandiDikosongkan", true);
		if (perbarui != null) {
			return formulirPengguna(aktor, null, nilai, Map.of(), model);
		}
		try {
			Pengguna p = pengguna.buat(aktor, perintah(aktor, isian, true), isian.get("kataSandi"));
			redirect.addFlashAttribute("sukses", p.username());
			return "redirect:/admin/akun/pengguna";
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			return formulirPengguna(aktor, null, nilai, ex.pesan(pesan, locale), model);
		}
	}

	@PostMapping("/pengguna/{id}")
	String ubahPengguna(@PathVariable long id, @RequestParam Map<String, String> isian, @RequestParam(required = false) String perbarui,
			Staf aktor, Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Pengguna sekarang = pengguna.untukDikelola(aktor, id);
		Map<String, String> nilai = new HashMap<>(isian);
		nilai.putIfAbsent("aktif", "false");
		if (perbarui != null) {
			return formulirPengguna(aktor, sekarang, nilai, Map.of(), model);
		}
		try {
			Pengguna p = pengguna.ubah(aktor, id, perintah(aktor, isian, Boolean.parseBoolean(isian.get("aktif"))));
			redirect.addFlashAttribute("sukses", p.username());
			return "redirect:/admin/akun/pengguna";
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			return formulirPengguna(aktor, sekarang, nilai, ex.pesan(pesan, locale), model);
		}
	}

	@PostMapping("/pengguna/{id}/sandi")
	String gantiSandi(@PathVariable long id, @RequestParam(required = false) String kataSandi, Staf aktor, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		try {
			pengguna.gantiKataSandi(aktor, id, kataSandi);
			redirect.addFlashAttribute("sukses", id);
			return "redirect:/admin/akun/pengguna";
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			String tampil = formulirUbahPengguna(id, aktor, model);
			model.addAttribute("galat", ex.pesan(pesan, locale));
			return tampil;
		}
	}

	@GetMapping("/tim")
	String daftarTim(Staf aktor, Model model) {
		model.addAttribute("daftar", tim.terlihatOleh(aktor));
		model.addAttribute("namaOpd", opd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek)));
		// a team's area is stored as region codes; people read the names
		model.addAttribute("namaKecamatan", wilayah.kecamatan().stream().collect(Collectors.toMap(Kecamatan::kode, Kecamatan::nama)));
		model.addAttribute("namaKelurahan", wilayah.kelurahan().stream().collect(Collectors.toMap(Kelurahan::kode, Kelurahan::nama)));
		return "akun/tim-daftar";
	}

	@GetMapping({ "/tim/baru", "/tim/{id}" })
	String formulirTim(@PathVariable(required = false) Long id, Staf aktor, Model model) {
		TimTrc t = id == null ? null : tim.untukDikelola(aktor, id);
		Map<String, String> nilai = new HashMap<>();
		List<String> cakupan = List.of();
		if (t != null) {
			nilai.put("opdId", String.valueOf(t.opdId()));
			nilai.put("nama", t.nama());
			nilai.put("utama", String.valueOf(t.utama()));
			cakupan = List.copyOf(t.wilayah());
		}
		return formulirTim(aktor, id, nilai, cakupan, Map.of(), model);
	}

	@PostMapping({ "/tim/baru", "/tim/{id}" })
	String simpanTim(@PathVariable(required = false) Long id, @RequestParam(required = false) Long opdId, @RequestParam(required = false) String nama,
			@RequestParam(required = false) List<String> wilayah, @RequestParam(defaultValue = "false") boolean utama, Staf aktor,
			Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		List<String> cakupan = wilayah == null ? List.of() : wilayah;
		try {
			var t = tim.simpan(aktor, id, opdAtau(aktor, opdId), nama, Set.copyOf(cakupan), utama);
			redirect.addFlashAttribute("sukses", t.nama());
			return "redirect:/admin/akun/tim";
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			Map<String, String> nilai = new HashMap<>();
			nilai.put("opdId", opdId == null ? "" : opdId.toString());
			nilai.put("nama", nama);
			nilai.put("utama", String.valueOf(utama));
			return formulirTim(aktor, id, nilai, cakupan, ex.pesan(pesan, locale), model);
		}
	}

	/** Agency administrators always act within their own agency, whatever the form says. */
	private static Long opdAtau(Staf aktor, Long opdId) {
		return aktor.adminKota() ? opdId : aktor.opdId();
	}

	private static PenggunaService.Perintah perintah(Staf aktor, Map<String, String> isian, boolean aktif) {
		return new PenggunaService.Perintah(isian.get("username"), isian.get("nama"), isian.get("email"), peran(isian.get("peran")),
				opdAtau(aktor, angka(isian.get("opdId"))), angka(isian.get("timId")), isian.get("nip"), aktif);
	}

	/** An unknown role or a number that is not one counts as not chosen: the form then says what is missing. */
	private static Peran peran(String teks) {
		return Arrays.stream(Peran.values()).filter(p -> p.name().equals(teks)).findFirst().orElse(null);
	}

	private static Long angka(String teks) {
		try {
			return teks == null || teks.isBlank() ? null : Long.valueOf(teks.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Passwords are never written back into a page. */
	private static Map<String, String> tanpaSandi(Map<String, String> isian) {
		Map<String, String> nilai = new HashMap<>(isian);
		nilai.remove("kataSandi");
		return nilai;
	}

	private List<TimTrc> timUntuk(Staf aktor, Long opdId) {
		Long pilihan = opdAtau(aktor, opdId);
		return pilihan == null ? List.of() : tim.terlihatOleh(aktor).stream().filter(t -> t.opdId() == pilihan).toList();
	}

	private String formulirPengguna(Staf aktor, Pengguna p, Map<String, String> nilai, Map<String, String> galat, Model model) {
		model.addAttribute("pengguna", p);
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		model.addAttribute("pilihanTim", timUntuk(aktor, angka(nilai.get("opdId"))));
		isiPilihan(aktor, model);
		return "akun/pengguna-formulir";
	}

	private String formulirTim(Staf aktor, Long id, Map<String, String> nilai, List<String> cakupan, Map<String, String> galat, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("nilai", nilai);
		model.addAttribute("cakupan", cakupan);
		model.addAttribute("galat", galat);
		isiPilihan(aktor, model);
		return "akun/tim-formulir";
	}

	private void isiPilihan(Staf aktor, Model model) {
		// what the service would accept: the roles of the person's own agency, the agencies they administer
		model.addAttribute("pilihanPeran", Arrays.stream(Peran.values()).filter(p -> aktor.bolehKelolaAkun(aktor.opdId(), p)).toList());
		model.addAttribute("pilihanOpd", opd.semua().stream().filter(o -> aktor.adminAtas(o.id())).toList());
		model.addAttribute("kecamatan", wilayah.kecamatan());
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("panjangSandi", PenggunaService.PANJANG_SANDI_MINIMUM);
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		MenuStaf menuPengguna() {
			return new MenuStaf("menu.pengguna", "/admin/akun/pengguna", 70, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.PENGATURAN);
		}

		@Bean
		MenuStaf menuTim() {
			return new MenuStaf("menu.tim", "/admin/akun/tim", 71, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.PENGATURAN);
		}

		@Bean
		MenuStaf menuKunciApi() {
			return new MenuStaf("menu.kunci-api", "/admin/akun/kunci-api", 72, Set.of(Peran.ADMIN_KOMINFO), MenuStaf.Kelompok.PENGATURAN);
		}
	}
}
