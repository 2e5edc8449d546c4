package id.kotacerdas.layanan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The citizen's pages, light and without script: the searchable catalogue, a service's page (its
 * standard in plain words), the application form and its receipt, and replacing documents after
 * a return by the private link.
 */
@Controller
@RequestMapping("/layanan")
class KatalogController {

	private final KatalogLayanan katalog;

	private final PengajuanService pengajuan;

	private final DaftarOpd opd;

	private final MessageSource pesan;

	KatalogController(KatalogLayanan katalog, PengajuanService pengajuan, DaftarOpd opd, MessageSource pesan) {
		this.katalog = katalog;
		this.pengajuan = pengajuan;
		this.opd = opd;
		this.pesan = pesan;
	}

	@GetMapping
	String katalog(@RequestParam(required = false) String q, @RequestParam(required = false) String tingkat,
			@RequestParam(required = false) Long opd, Model model) {
		Tingkat t = tingkat(tingkat);
		List<JenisLayanan> semua = katalog.katalog(null, null, null);
		model.addAttribute("hasil", katalog.katalog(q, t, opd));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("tingkatTerpilih", t);
		model.addAttribute("opdTerpilih", opd);
		model.addAttribute("daftarTingkat", Tingkat.values());
		// only agencies that own a service are offered as a filter
		model.addAttribute("daftarOpd", this.opd.semua().stream().filter(o -> semua.stream().anyMatch(l -> l.opdId() == o.id())).toList());
		model.addAttribute("namaOpd", namaOpd());
		return "layanan/katalog";
	}

	@GetMapping("/{kode}")
	String rinci(@PathVariable String kode, Model model) {
		JenisLayanan l = katalog.muatAktif(kode);
		model.addAttribute("l", l);
		model.addAttribute("namaOpd", namaOpd());
		return "layanan/rinci";
	}

	@GetMapping("/{kode}/ajukan")
	String formulir(@PathVariable String kode, Model model) {
		return tampilFormulir(katalog.muatAktif(kode), Map.of(), Map.of(), UUID.randomUUID().toString(), model);
	}

	/** Files the application; a refusal answers 4xx with the form as typed and every problem at once (files must be chosen again). */
	@PostMapping("/{kode}/ajukan")
	@BatasLaju("layanan-pemohon")
	String ajukan(@PathVariable String kode, @RequestParam MultiValueMap<String, String> isian,
			@RequestParam MultiValueMap<String, MultipartFile> permintaan,
			HttpServletResponse jawaban, Model model, Locale locale) {
		JenisLayanan l = katalog.muatAktif(kode);
		Map<String, String> diketik = diketik(isian);
		try {
			PengajuanService.Hasil h = pengajuan.ajukan(kode, formulir(l, diketik, permintaan));
			// the private link is shown once, on this answer; nothing may cache it
			jawaban.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			jawaban.setHeader("Referrer-Policy", "no-referrer");
			model.addAttribute("l", l);
			model.addAttribute("hasil", h);
			return "layanan/terkirim";
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			jawaban.setStatus(ex instanceof IsianDitolakException ? HttpStatus.BAD_REQUEST.value() : ex.status().value());
			if (ex instanceof CobaLagiNantiException nanti) {
				jawaban.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(nanti.detik()));
			}
			return tampilFormulir(l, diketik, galat(ex, locale), diketik.getOrDefault("idPengiriman", UUID.randomUUID().toString()), model);
		}
	}

	/** The form's text fields as typed (first value of each). */
	static Map<String, String> diketik(MultiValueMap<String, String> isian) {
		Map<String, String> diketik = new LinkedHashMap<>();
		isian.forEach((k, v) -> diketik.put(k, v.isEmpty() ? "" : v.get(0)));
		return diketik;
	}

	/** The application form as posted, online or at the counter: the applicant, the service's fields and the chosen files. */
	static PengajuanService.Formulir formulir(JenisLayanan l, Map<String, String> diketik, MultiValueMap<String, MultipartFile> permintaan) {
		Map<String, String> jawabanIsian = new LinkedHashMap<>();
		l.isian().forEach(q -> jawabanIsian.put(q.kode(), diketik.get("isian." + q.kode())));
		return new PengajuanService.Formulir(diketik.get("nik"), diketik.get("nama"), diketik.get("email"), diketik.get("telepon"),
				diketik.get("perihal"), jawabanIsian, unggahan(permintaan, l.dokumen()), diketik.get("idPengiriman"));
	}

	/** The applicant's page for replacing documents after a return (linked from the private tracking page). */
	@GetMapping("/perbaiki/{kode}/{token}")
	String perbaiki(@PathVariable String kode, @PathVariable String token, Model model, HttpServletResponse jawaban) {
		return tampilPerbaiki(kode, token, Map.of(), "", model, jawaban);
	}

	@PostMapping("/perbaiki/{kode}/{token}")
	@BatasLaju("layanan-pemohon")
	String gantiDokumen(@PathVariable String kode, @PathVariable String token, @RequestParam(required = false) String catatan,
			@RequestParam(defaultValue = "false") boolean ajukanUlang, @RequestParam MultiValueMap<String, MultipartFile> permintaan,
			HttpServletResponse jawaban,
			Model model, Locale locale, RedirectAttributes redirect) {
		PengajuanRepository.Pengajuan pj = pengajuan.untukToken(kode, token);
		try {
			pengajuan.gantiDokumen(kode, token, unggahan(permintaan, pj.dokumen()), ajukanUlang, catatan);
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			jawaban.setStatus(ex instanceof IsianDitolakException ? HttpStatus.BAD_REQUEST.value() : ex.status().value());
			return tampilPerbaiki(kode, token, galat(ex, locale), catatan == null ? "" : catatan, model, jawaban);
		}
		if (ajukanUlang) {
			redirect.addFlashAttribute("sukses", "permohonan.sukses.ajukan-ulang");
			return "redirect:/c/" + pj.kodePermohonan() + "/" + token;
		}
		redirect.addFlashAttribute("sukses", "layanan.sukses.dokumen-diganti");
		return "redirect:/layanan/perbaiki/" + pj.kodePermohonan() + "/" + token;
	}

	private String tampilPerbaiki(String kode, String token, Map<String, String> galat, String catatan, Model model,
			HttpServletResponse jawaban) {
		jawaban.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		jawaban.setHeader("Referrer-Policy", "no-referrer");
		PengajuanRepository.Pengajuan pj = pengajuan.untukToken(kode, token);
		model.addAttribute("pj", pj);
		model.addAttribute("ringkasan", pengajuan.ringkasan(kode, token));
		model.addAttribute("kurang", pengajuan.kurang(pj));
		model.addAttribute("token", token);
		model.addAttribute("galat", galat);
		model.addAttribute("catatan", catatan);
		return "layanan/perbaiki";
	}

	private String tampilFormulir(JenisLayanan l, Map<String, String> diketik, Map<String, String> galat, String idPengiriman, Model model) {
		return tampilFormulir(l, diketik, galat, idPengiriman, namaOpd(), model);
	}

	/** The application form (also the counter's, which sets {@code loket}). */
	static String tampilFormulir(JenisLayanan l, Map<String, String> diketik, Map<String, String> galat, String idPengiriman,
			Map<Long, String> namaOpd, Model model) {
		model.addAttribute("l", l);
		model.addAttribute("nilai", diketik);
		model.addAttribute("galat", galat);
		model.addAttribute("idPengiriman", idPengiriman);
		model.addAttribute("namaOpd", namaOpd);
		return "layanan/ajukan";
	}

	private Map<String, String> galat(PermintaanDitolakException ex, Locale locale) {
		return galat(ex, pesan, locale);
	}

	static Map<String, String> galat(PermintaanDitolakException ex, MessageSource pesan, Locale locale) {
		return ex instanceof IsianDitolakException i ? i.pesan(pesan, locale)
				: Map.of("formulir", pesan.getMessage(ex.kodePesan(), ex.argumen(), ex.kodePesan(), locale));
	}

	/** The chosen file of each document's field ({@code dokumen.<kode>}); an empty part is no file. */
	private static Map<String, byte[]> unggahan(MultiValueMap<String, MultipartFile> berkas, List<DokumenSyarat> dokumen) {
		Map<String, byte[]> hasil = new LinkedHashMap<>();
		for (DokumenSyarat d : dokumen) {
			MultipartFile f = berkas.getFirst("dokumen." + d.kode());
			if (f != null && !f.isEmpty()) {
				try {
					hasil.put(d.kode(), f.getBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return hasil;
	}

	private static Tingkat tingkat(String teks) {
		if (teks == null || teks.isBlank()) {
			return null;
		}
		for (Tingkat t : Tingkat.values()) {
			if (t.name().equalsIgnoreCase(teks.replace('-', '_'))) {
				return t;
			}
		}
		throw new PermintaanDitolakException("galat.parameter-tidak-valid", "tingkat");
	}

	private Map<Long, String> namaOpd() {
		return namaOpd(opd);
	}

	static Map<Long, String> namaOpd(DaftarOpd opd) {
		Map<Long, String> hasil = new LinkedHashMap<>();
		opd.semua().forEach(o -> hasil.put(o.id(), o.nama()));
		return hasil;
	}
}
