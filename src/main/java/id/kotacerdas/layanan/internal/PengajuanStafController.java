package id.kotacerdas.layanan.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The back office's view of an application filed through a service, beside the engine's page: the
 * form's answers in words, the documents, and the check of each document against the requirement
 * list. A return names the unticked documents as missing; approving needs every required one
 * ticked. Only for staff of the agencies of its steps (personal data).
 */
@Controller
@RequestMapping("/staf/layanan/permohonan/{kode}")
class PengajuanStafController {

	/** One answer as the page shows it. */
	record Jawaban(String pertanyaan, String jawaban) {
	}

	/** One required document with its current file and the office's tick. */
	record Dokumen(DokumenSyarat syarat, PengajuanRepository.BerkasPengajuan berkas, PengajuanRepository.Pemeriksaan periksa) {
	}

	private final PengajuanService layanan;

	private final PengajuanRepository repo;

	private final KatalogLayanan katalog;

	private final MesinPermohonan mesin;

	private final LayananBerkas berkas;

	private final MessageSource pesan;

	PengajuanStafController(PengajuanService layanan, PengajuanRepository repo, KatalogLayanan katalog, MesinPermohonan mesin,
			LayananBerkas berkas, MessageSource pesan) {
		this.layanan = layanan;
		this.repo = repo;
		this.katalog = katalog;
		this.mesin = mesin;
		this.berkas = berkas;
		this.pesan = pesan;
	}

	@GetMapping
	String rinci(@PathVariable String kode, Staf staf, Model model, Locale locale) {
		return tampil(muat(kode, staf), Map.of(), "", model, locale, staf);
	}

	/** Saves the ticks; with {@code tindakan} = kembalikan or setujui also acts on the step, in the same transaction. */
	@PostMapping
	String periksa(@PathVariable String kode, @RequestParam(defaultValue = "simpan") String tindakan,
			@RequestParam(required = false) List<String> ada, @RequestParam(required = false) Integer versi,
			@RequestParam(required = false) String alasan, Staf staf, Model model, Locale locale, HttpServletResponse jawaban,
			RedirectAttributes redirect) {
		PengajuanRepository.Pengajuan pj = muat(kode, staf);
		Map<String, Boolean> centang = new HashMap<>();
		pj.dokumen().forEach(d -> centang.put(d.kode(), ada != null && ada.contains(d.kode())));
		try {
			switch (tindakan) {
				case "kembalikan" -> layanan.kembalikan(pj, centang, versi, alasan, staf);
				case "setujui" -> layanan.setujui(pj, centang, versi, staf);
				default -> layanan.periksaBerkas(pj, centang, staf);
			}
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			jawaban.setStatus(ex.status().value());
			Map<String, String> galat = ex instanceof IsianDitolakException i ? i.pesan(pesan, locale)
					: Map.of("tindakan", pesan.getMessage(ex.kodePesan(), ex.argumen(), ex.kodePesan(), locale));
			model.addAttribute("centang", centang);
			return tampil(pj, galat, alasan == null ? "" : alasan, model, locale, staf);
		}
		redirect.addFlashAttribute("sukses", "layanan.staf.sukses." + ("kembalikan".equals(tindakan) || "setujui".equals(tindakan) ? tindakan : "simpan"));
		return "redirect:/staf/layanan/permohonan/" + pj.kodePermohonan();
	}

	/** A document of the application, for its handlers only; never cached. */
	@GetMapping("/berkas/{id}")
	ResponseEntity<byte[]> berkas(@PathVariable String kode, @PathVariable UUID id, Staf staf) {
		PengajuanRepository.Pengajuan pj = muat(kode, staf);
		if (!repo.milik(pj.id(), id)) {
			throw PermintaanDitolakException.tidakDitemukan("layanan.tidak-ditemukan", id);
		}
		return berkas.baca(id).jawaban(CacheControl.noStore());
	}

	/** The application's content, for those who handle it: the agencies of its steps (and Kominfo); 404 for a code not filed here. */
	private PengajuanRepository.Pengajuan muat(String kode, Staf staf) {
		RingkasanPermohonan r = mesin.cari(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("permohonan.tidak-ditemukan", kode));
		PengajuanRepository.Pengajuan pj = repo.cari(r.kode())
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("permohonan.tidak-ditemukan", kode));
		if (!pj.bolehDitangani(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "layanan.galat.data-pribadi");
		}
		return pj;
	}

	private String tampil(PengajuanRepository.Pengajuan pj, Map<String, String> galat, String alasan, Model model, Locale locale,
			Staf staf) {
		RingkasanPermohonan r = mesin.cari(pj.kodePermohonan()).orElseThrow();
		Map<String, PengajuanRepository.Pemeriksaan> cek = repo.pemeriksaan(pj.id());
		List<PengajuanRepository.BerkasPengajuan> file = repo.berkas(pj.id());
		List<Dokumen> dokumen = new ArrayList<>();
		for (DokumenSyarat d : pj.dokumen()) {
			dokumen.add(new Dokumen(d, file.stream().filter(f -> f.dokumenKode().equals(d.kode())).findFirst().orElse(null), cek.get(d.kode())));
		}
		model.addAttribute("pj", pj);
		model.addAttribute("r", r);
		model.addAttribute("namaLayanan", katalog.cariId(pj.layananId()).map(JenisLayanan::nama).orElse(""));
		model.addAttribute("jawaban", jawaban(pj, locale));
		model.addAttribute("dokumen", dokumen);
		model.addAttribute("bolehBertindak", mesin.bolehBertindak(pj.kodePermohonan(), staf));
		if (!model.containsAttribute("centang")) {
			Map<String, Boolean> centang = new HashMap<>();
			cek.forEach((k, v) -> centang.put(k, v.ada()));
			model.addAttribute("centang", centang);
		}
		model.addAttribute("galat", galat);
		model.addAttribute("alasan", alasan);
		return "layanan/staf-permohonan";
	}

	/** The answers in words: dates and numbers the reader's way, yes/no as words. */
	private List<Jawaban> jawaban(PengajuanRepository.Pengajuan pj, Locale locale) {
		List<Jawaban> hasil = new ArrayList<>();
		for (Isian q : pj.isian()) {
			String v = pj.jawaban().get(q.kode());
			if (v == null) {
				continue;
			}
			String teks = switch (q.jenis()) {
				case TANGGAL -> LocalDate.parse(v).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
				case ANGKA -> NumberFormat.getNumberInstance(locale).format(new BigDecimal(v));
				case YA_TIDAK -> pesan.getMessage("layanan." + v, null, v, locale);
				case TEKS, PILIHAN -> v;
			};
			hasil.add(new Jawaban(q.label(), teks));
		}
		return hasil;
	}
}
