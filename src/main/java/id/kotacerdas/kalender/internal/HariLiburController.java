package id.kotacerdas.kalender.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
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

import id.kotacerdas.kalender.HariLibur;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/** The holiday page, one year at a time. It reads the table, not the cache: an edit shows at once whichever instance answers. */
@Controller
@RequestMapping(HariLiburController.JALUR)
@PreAuthorize(Peran.Akses.KOMINFO)
class HariLiburController {

	static final String JALUR = "/admin/kalender/libur";

	/** Four-digit years: what a date field offers. */
	private static final int TAHUN_MIN = 1;

	private static final int TAHUN_MAKS = 9999;

	private final AdministrasiLibur admin;

	private final HariLiburRepository repo;

	private final MessageSource pesan;

	private final Clock clock;

	HariLiburController(AdministrasiLibur admin, HariLiburRepository repo, MessageSource pesan, Clock clock) {
		this.admin = admin;
		this.repo = repo;
		this.pesan = pesan;
		this.clock = clock;
	}

	@GetMapping
	String daftar(@RequestParam(required = false) Integer tahun, Model model) {
		return halaman(tahun, Map.of(), Map.of(), model);
	}

	@PostMapping
	String simpan(@RequestParam(required = false) String tanggal, @RequestParam(required = false) String nama,
			@RequestParam(defaultValue = "false") boolean cutiBersama, @RequestParam(required = false) Integer tahun,
			@RequestParam Map<String, String> isian, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		HariLibur h;
		try {
			h = admin.simpan(tanggal, nama, cutiBersama);
		}
		catch (IsianDitolakException ex) {
			response.setStatus(ex.status().value());
			return halaman(tahun, isian, ex.pesan(pesan, locale), model);
		}
		redirect.addFlashAttribute("tersimpan", h.nama());
		return kembali(h.tanggal());
	}

	@PostMapping("/{tanggal}/hapus")
	String hapus(@PathVariable LocalDate tanggal) {
		admin.hapus(tanggal);
		return kembali(tanggal);
	}

	private static String kembali(LocalDate tanggal) {
		return "redirect:" + JALUR + "?tahun=" + tanggal.getYear();
	}

	/** @param diminta the year asked for; without one, this year in WITA */
	private String halaman(Integer diminta, Map<String, String> nilai, Map<String, String> galat, Model model) {
		int tahun = diminta == null ? Year.now(clock.withZone(Waktu.WITA)).getValue() : diminta;
		if (tahun < TAHUN_MIN || tahun > TAHUN_MAKS) {
			throw PermintaanDitolakException.tidakDitemukan("kalender.tahun-tidak-ada");
		}
		model.addAttribute("tahun", tahun);
		model.addAttribute("libur", repo.tahun(tahun));
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		model.addAttribute("panjangNama", AdministrasiLibur.PANJANG_NAMA);
		model.addAttribute("adaSebelum", tahun > TAHUN_MIN);
		model.addAttribute("adaBerikut", tahun < TAHUN_MAKS);
		return "kalender/libur";
	}
}
