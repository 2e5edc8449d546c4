package id.kotacerdas.kepegawaian.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.GalatIsian;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The career history's pages under an employee record: add, change and delete a row of each kind
 * with its decree scan, and the scan itself. The history section of the record page is the
 * fragment {@code kepegawaian/riwayat :: bagian}, filled by {@link TampilanRiwayat}.
 */
@Controller
@RequestMapping("/staf/kepegawaian/{id}/riwayat")
@PreAuthorize(Peran.Akses.STAF)
class RiwayatController {

	/** The scan's multipart field. */
	static final String SCAN = "scan";

	private final RegisterRiwayat register;

	private final RegisterPegawai pegawai;

	private final AksesKepegawaian akses;

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	RiwayatController(RegisterRiwayat register, RegisterPegawai pegawai, AksesKepegawaian akses, KatalogReferensi referensi,
			DaftarOpd daftarOpd, MessageSource pesan) {
		this.register = register;
		this.pegawai = pegawai;
		this.akses = akses;
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	/** An optional field left empty is absent, not an empty text. */
	@InitBinder("formulir")
	void kosongBerartiTidakDiisi(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/{jenis:[a-z]+}/baru")
	String baru(@PathVariable long id, @PathVariable String jenis, Staf staf, Model model, Locale locale) {
		pengubah(staf);
		return tampil(pegawai.lihat(staf, id), jenis(jenis), null, new FormulirRiwayat(), Map.of(), model, locale);
	}

	@GetMapping("/{riwayatId:[0-9]+}/ubah")
	String ubah(@PathVariable long id, @PathVariable long riwayatId, Staf staf, Model model, Locale locale) {
		pengubah(staf);
		Riwayat r = register.lihat(staf, id, riwayatId);
		return tampil(pegawai.lihat(staf, id), r.jenis(), r, FormulirRiwayat.dari(r), Map.of(), model, locale);
	}

	/** On any refusal the form comes back with exactly what was typed (the scan must be chosen again), each problem under its field. */
	@PostMapping({ "/{jenis:[a-z]+}/baru", "/{riwayatId:[0-9]+}/ubah" })
	String simpan(@PathVariable long id, @PathVariable(required = false) String jenis, @PathVariable(required = false) Long riwayatId,
			@Valid @ModelAttribute("formulir") FormulirRiwayat formulir, BindingResult hasil,
			@RequestParam(name = SCAN, required = false) MultipartFile scan, Staf staf, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse jawaban) {
		pengubah(staf);
		Riwayat lama = riwayatId == null ? null : register.lihat(staf, id, riwayatId);
		JenisRiwayat j = lama != null ? lama.jenis() : jenis(jenis);
		Pegawai p = pegawai.lihat(staf, id);
		if (hasil.hasErrors()) {
			jawaban.setStatus(HttpStatus.BAD_REQUEST.value());
			return tampil(p, j, lama, formulir, GalatIsian.pesan(hasil, "kepegawaian.riwayat.isian", pesan, locale), model, locale);
		}
		try {
			register.simpan(staf, id, riwayatId, j, formulir, scan);
			redirect.addFlashAttribute("sukses", pesan.getMessage("kepegawaian.riwayat." + j.kode(), null, locale));
			return "redirect:/staf/kepegawaian/" + id + "#riwayat";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampil(p, j, lama, formulir, ex.pesan(pesan, locale), model, locale);
		}
		catch (PermintaanDitolakException ex) {
			// a scan too large, not a PDF or photo, or broken: the typed fields stay
			if (ex.status() == HttpStatus.NOT_FOUND || ex.status() == HttpStatus.FORBIDDEN) {
				throw ex;
			}
			jawaban.setStatus(ex.status().value());
			return tampil(p, j, lama, formulir, Map.of(SCAN, pesan.getMessage(ex.kodePesan(), ex.argumen(), locale)), model, locale);
		}
	}

	@PostMapping("/{riwayatId:[0-9]+}/hapus")
	String hapus(@PathVariable long id, @PathVariable long riwayatId, Staf staf, RedirectAttributes redirect, Locale locale) {
		JenisRiwayat j = register.lihat(staf, id, riwayatId).jenis();
		register.hapus(staf, id, riwayatId);
		redirect.addFlashAttribute("sukses", pesan.getMessage("kepegawaian.riwayat.dihapus", new Object[] {
				pesan.getMessage("kepegawaian.riwayat." + j.kode(), null, locale) }, locale));
		return "redirect:/staf/kepegawaian/" + id + "#riwayat";
	}

	/** The decree scan, for whoever may see the record. */
	@GetMapping("/{riwayatId:[0-9]+}/scan")
	ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable long riwayatId, Staf staf) {
		return register.scan(staf, id, riwayatId);
	}

	private String tampil(Pegawai p, JenisRiwayat jenis, Riwayat lama, FormulirRiwayat formulir, Map<String, String> galat, Model model,
			Locale locale) {
		model.addAttribute("p", p);
		model.addAttribute("jenis", jenis.kode());
		model.addAttribute("lama", lama);
		model.addAttribute("formulir", formulir);
		model.addAttribute("galat", galat);
		Map<String, Map<String, String>> label = new LinkedHashMap<>();
		boolean pns = KatalogReferensi.PNS.equals(p.jenisPegawai());
		for (String daftar : List.of(pns ? KatalogReferensi.GOLONGAN : KatalogReferensi.GOLONGAN_PPPK, KatalogReferensi.JENIS_JABATAN,
				KatalogReferensi.ESELON, KatalogReferensi.PENDIDIKAN, RegisterRiwayat.TINGKAT_HUKUMAN, RegisterRiwayat.PREDIKAT_SKP)) {
			label.put(daftar.equals(KatalogReferensi.GOLONGAN_PPPK) ? KatalogReferensi.GOLONGAN : daftar, referensi.daftar(daftar).stream()
				.collect(Collectors.toMap(Referensi::kode, r -> r.label(locale), (a, b) -> a, LinkedHashMap::new)));
		}
		model.addAttribute("label", label);
		model.addAttribute("daftarOpd", daftarOpd.semua().stream().filter(Opd::aktif).toList());
		return "kepegawaian/riwayat-formulir";
	}

	private static JenisRiwayat jenis(String kode) {
		return Arrays.stream(JenisRiwayat.values()).filter(j -> j.kode().equals(kode)).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("kepegawaian.riwayat.jenis-tidak-ada"));
	}

	private void pengubah(Staf staf) {
		if (!akses.bolehMengubah(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
	}
}
