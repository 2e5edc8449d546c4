package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.GalatIsian;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The staff pages of the employee register: list, record, the full NIK on request, and the form. */
@Controller
@RequestMapping("/staf/kepegawaian")
// ordinary employees reach their own record here; the register checks the rest (AksesKepegawaian)
@PreAuthorize(Peran.Akses.SEMUA_PEGAWAI)
class PegawaiController {

	private static final List<String> JENIS_REFERENSI = List.of(KatalogReferensi.GOLONGAN, KatalogReferensi.GOLONGAN_PPPK,
			KatalogReferensi.ESELON, KatalogReferensi.JENIS_JABATAN, KatalogReferensi.AGAMA, KatalogReferensi.KELAMIN,
			KatalogReferensi.STATUS_KAWIN, KatalogReferensi.JENIS_PEGAWAI, KatalogReferensi.KEDUDUKAN_HUKUM, KatalogReferensi.PENDIDIKAN);

	private final RegisterPegawai register;

	private final AksesKepegawaian akses;

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	private final Clock clock;

	PegawaiController(RegisterPegawai register, AksesKepegawaian akses, KatalogReferensi referensi, DaftarOpd daftarOpd,
			MessageSource pesan, Clock clock) {
		this.register = register;
		this.akses = akses;
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
		this.clock = clock;
	}

	/** An optional field left empty is absent, not an empty text. */
	@InitBinder("formulir")
	void kosongBerartiTidakDiisi(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String daftar(@RequestParam(required = false) String cari, @RequestParam(required = false) Long opd,
			@RequestParam(required = false) String jenis, @RequestParam(required = false) String golongan,
			@RequestParam(defaultValue = "0") int halaman, Staf staf, Model model, Locale locale) {
		model.addAttribute("halaman", register.daftar(staf, cari, opd, jenis, golongan, halaman));
		model.addAttribute("cari", cari);
		model.addAttribute("opdDipilih", opd);
		model.addAttribute("jenisDipilih", jenis);
		model.addAttribute("golonganDipilih", golongan);
		model.addAttribute("semuaKota", akses.lingkup(staf) == null);
		model.addAttribute("bolehMengubah", akses.bolehMengubah(staf));
		model.addAttribute("milikSaya", register.milik(staf).map(Pegawai::id).orElse(null));
		isiReferensi(model, locale);
		return "kepegawaian/daftar";
	}

	/** The signed-in staff member's own record, by their account's NIP. */
	@GetMapping("/saya")
	String saya(Staf staf) {
		return register.milik(staf).map(p -> "redirect:/staf/kepegawaian/" + p.id()).orElse("kepegawaian/saya-kosong");
	}

	@GetMapping("/{id}")
	String rincian(@PathVariable long id, Staf staf, Model model, Locale locale) {
		Pegawai p = register.baca(staf, id);
		return tampilRincian(p, null, staf, model, locale);
	}

	/** The full NIK, shown once on the record page; a POST because the look is audited. */
	@PostMapping("/{id}/nik")
	String nik(@PathVariable long id, Staf staf, Model model, Locale locale) {
		String nik = register.nikLengkap(staf, id);
		return tampilRincian(register.lihat(staf, id), nik, staf, model, locale);
	}

	@GetMapping("/baru")
	String baru(Staf staf, Model model, Locale locale) {
		pengubah(staf);
		return tampilFormulir(null, new FormulirPegawai(), Map.of(), model, locale);
	}

	@GetMapping("/{id}/ubah")
	String ubah(@PathVariable long id, Staf staf, Model model, Locale locale) {
		pengubah(staf);
		return tampilFormulir(id, FormulirPegawai.dari(register.lihat(staf, id)), Map.of(), model, locale);
	}

	/** On any refusal (400, or 409 for a NIP or NIK already recorded) the form comes back with exactly what was typed, each problem under its field. */
	@PostMapping({ "/baru", "/{id}/ubah" })
	String simpan(@PathVariable(required = false) Long id, @Valid @ModelAttribute("formulir") FormulirPegawai formulir, BindingResult hasil,
			Staf staf, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse jawaban) {
		if (hasil.hasErrors()) {
			jawaban.setStatus(HttpStatus.BAD_REQUEST.value());
			return tampilFormulir(id, formulir, GalatIsian.pesan(hasil, "kepegawaian.isian", pesan, locale), model, locale);
		}
		try {
			Pegawai p = id == null ? register.tambah(staf, formulir) : register.ubah(staf, id, formulir);
			redirect.addFlashAttribute("sukses", p.namaLengkap());
			return "redirect:/staf/kepegawaian/" + p.id();
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilFormulir(id, formulir, ex.pesan(pesan, locale), model, locale);
		}
	}

	/** The form is only for those who keep the records; the register checks again on saving. */
	private void pengubah(Staf staf) {
		if (!akses.bolehMengubah(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
	}

	private String tampilRincian(Pegawai p, String nikLengkap, Staf staf, Model model, Locale locale) {
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		model.addAttribute("p", p);
		model.addAttribute("nikLengkap", nikLengkap);
		model.addAttribute("pribadi", akses.bolehMelihatPribadi(staf, p));
		model.addAttribute("bolehMengubah", akses.bolehMengubah(staf));
		model.addAttribute("masaKerja", p.masaKerja(hariIni));
		model.addAttribute("usia", java.time.Period.between(p.tanggalLahir(), hariIni).getYears());
		model.addAttribute("namaOpd", daftarOpd.cari(p.opdId()).map(Opd::nama).orElse(""));
		isiReferensi(model, locale);
		return "kepegawaian/rincian";
	}

	private String tampilFormulir(Long id, FormulirPegawai formulir, Map<String, String> galat, Model model, Locale locale) {
		model.addAttribute("id", id);
		model.addAttribute("formulir", formulir);
		model.addAttribute("galat", galat);
		isiReferensi(model, locale);
		return "kepegawaian/formulir";
	}

	/** Each reference list as code → words in the reader's language, in its order, and the agencies. */
	private void isiReferensi(Model model, Locale locale) {
		Map<String, Map<String, String>> label = new LinkedHashMap<>();
		for (String jenis : JENIS_REFERENSI) {
			label.put(jenis, referensi.daftar(jenis).stream()
				.collect(Collectors.toMap(Referensi::kode, r -> r.label(locale), (a, b) -> a, LinkedHashMap::new)));
		}
		model.addAttribute("label", label);
		model.addAttribute("daftarOpd", daftarOpd.semua().stream().filter(Opd::aktif).toList());
	}
}
