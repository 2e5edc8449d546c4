package id.kotacerdas.dokumen.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The agency's side: the kinds of document it issues with their templates (edited with a preview,
 * audited) and the documents issued, each of which its staff may revoke with a reason.
 */
@Controller
@RequestMapping("/staf/dokumen")
@PreAuthorize(Peran.Akses.STAF)
class DokumenStafController {

	private static final int DAFTAR_MAKS = 100;

	private final LayananDokumen layanan;

	private final DokumenRepository repo;

	private final MessageSource pesan;

	DokumenStafController(LayananDokumen layanan, DokumenRepository repo, MessageSource pesan) {
		this.layanan = layanan;
		this.repo = repo;
		this.pesan = pesan;
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		model.addAttribute("jenis", layanan.daftarJenis(staf));
		model.addAttribute("dokumen", repo.terbaru(staf.lingkupOpd(), DAFTAR_MAKS).stream()
			.filter(d -> d.status() == Dokumen.Status.TERBIT)
			.map(d -> new Baris(d.id().toString(), d.nomor(), d.nama(), Waktu.formatTanggal(d.diterbitkanPada()), d.dicabut()))
			.toList());
		return "dokumen/staf-daftar";
	}

	/** One line of the list, in words. */
	record Baris(String id, String nomor, String nama, String tanggal, boolean dicabut) {
	}

	@GetMapping("/{id:[0-9a-f-]{36}}")
	String rinci(@PathVariable UUID id, Staf staf, Model model) {
		return tampilRinci(id, staf, "", Map.of(), model);
	}

	@PostMapping("/{id:[0-9a-f-]{36}}/cabut")
	String cabut(@PathVariable UUID id, @RequestParam(required = false) String alasan, Staf staf, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			layanan.cabut(id, alasan, staf);
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			response.setStatus(ex.status().value());
			return tampilRinci(id, staf, alasan == null ? "" : alasan, galat(ex, "alasan", locale), model);
		}
		redirect.addFlashAttribute("sukses", "dokumen.cabut.sukses");
		return "redirect:/staf/dokumen/" + id;
	}

	private String tampilRinci(UUID id, Staf staf, String alasan, Map<String, String> galat, Model model) {
		Dokumen d = layanan.muat(id);
		if (!staf.bolehMelihat(d.opdId())) {
			throw PermintaanDitolakException.tidakDitemukan("dokumen.tidak-ada");
		}
		model.addAttribute("d", new Baris(d.id().toString(), d.nomor(), d.nama(), Waktu.formatTanggal(d.diterbitkanPada()), d.dicabut()));
		model.addAttribute("judul", repo.jenis(d.jenisKode()).map(Jenis::nama).orElse(d.jenisKode()));
		model.addAttribute("perihal", d.perihal());
		model.addAttribute("alasanCabut", d.alasanCabut());
		model.addAttribute("dicabutPada", d.dicabut() ? Waktu.formatTanggal(d.dicabutPada()) : null);
		model.addAttribute("bolehCabut", !d.dicabut() && (staf.berwenangAtas(d.opdId()) || staf.adminKota()));
		model.addAttribute("nilai", Map.of("alasan", alasan));
		model.addAttribute("galat", galat);
		return "dokumen/staf-rinci";
	}

	// --- kinds and their templates ---

	@GetMapping("/jenis/{kode}")
	String jenis(@PathVariable String kode, Staf staf, Model model) {
		Jenis j = layanan.jenisUntukStaf(kode, staf);
		return tampilJenis(j, staf, j.polaNomor(), j.tandaTangan().name(), j.templat(), j.versi(), Map.of(), model);
	}

	@PostMapping("/jenis/{kode}")
	String simpanJenis(@PathVariable String kode, @RequestParam(required = false) String polaNomor,
			@RequestParam(required = false) String tandaTangan, @RequestParam(required = false) String templat,
			@RequestParam(required = false) Integer versi, Staf staf, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Jenis j = layanan.jenisUntukStaf(kode, staf);
		try {
			layanan.ubahJenis(kode, versi == null ? -1 : versi, polaNomor, ttd(tandaTangan), templat, staf);
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			response.setStatus(ex.status().value());
			return tampilJenis(j, staf, polaNomor, tandaTangan, templat, versi == null ? j.versi() : versi, galat(ex, "templat", locale), model);
		}
		redirect.addFlashAttribute("sukses", "dokumen.jenis.tersimpan");
		return "redirect:/staf/dokumen/jenis/" + kode;
	}

	/** The typed template rendered with sample data, not stored. */
	@PostMapping("/jenis/{kode}/pratinjau")
	Object pratinjau(@PathVariable String kode, @RequestParam(required = false) String polaNomor,
			@RequestParam(required = false) String tandaTangan, @RequestParam(required = false) String templat,
			@RequestParam(required = false) Integer versi, Staf staf, Model model, Locale locale, HttpServletResponse response) {
		Jenis j = layanan.jenisUntukStaf(kode, staf);
		try {
			byte[] pdf = layanan.pratinjau(j.nama(), templat == null ? "" : templat, j.tandaTangan());
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("pratinjau.pdf").build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(pdf);
		}
		catch (PermintaanDitolakException ex) {
			response.setStatus(ex.status().value());
			return tampilJenis(j, staf, polaNomor, tandaTangan, templat, versi == null ? j.versi() : versi, galat(ex, "templat", locale), model);
		}
	}

	private String tampilJenis(Jenis j, Staf staf, String pola, String ttd, String templat, int versi, Map<String, String> galat,
			Model model) {
		model.addAttribute("j", j);
		model.addAttribute("bolehUbah", j.opdId() == null ? staf.adminKota() : staf.adminAtas(j.opdId()));
		model.addAttribute("nilai", Map.of("polaNomor", pola == null ? "" : pola, "tandaTangan", ttd == null ? "" : ttd,
				"templat", templat == null ? "" : templat));
		model.addAttribute("versi", versi);
		Map<String, String> pilihan = new LinkedHashMap<>();
		for (JenisTandaTangan t : JenisTandaTangan.values()) {
			pilihan.put(t.name(), pesan.getMessage("dokumen.ttd." + t.name().toLowerCase(Locale.ROOT), null, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("pilihanTtd", pilihan);
		model.addAttribute("galat", galat);
		return "dokumen/staf-jenis";
	}

	private static JenisTandaTangan ttd(String nilai) {
		return List.of(JenisTandaTangan.values()).stream().filter(t -> t.name().equals(nilai)).findFirst().orElse(null);
	}

	private Map<String, String> galat(PermintaanDitolakException ex, String isian, Locale locale) {
		return ex instanceof IsianDitolakException i ? i.pesan(pesan, locale)
				: Map.of(isian, pesan.getMessage(ex.kodePesan(), ex.argumen(), ex.kodePesan(), locale));
	}
}
