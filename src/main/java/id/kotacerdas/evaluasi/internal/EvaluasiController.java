package id.kotacerdas.evaluasi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.evaluasi.internal.SpbeRepository.IndikatorSpbe;
import id.kotacerdas.evaluasi.internal.SpbeRepository.Penilaian;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/** Kominfo's evaluation page (leadership downloads too): the bundles per year, the layouts, the SPBE assessment. */
@Controller
@RequestMapping("/staf/evaluasi")
@PreAuthorize(Peran.Akses.KOMINFO_DAN_PIMPINAN)
class EvaluasiController {

	private static final String JALUR = "/staf/evaluasi";

	private final KoleksiTataLetak koleksi;

	private final PenyusunBundel penyusun;

	private final PenulisBundel penulis;

	private final PenilaianSpbe spbe;

	private final SpbeRepository spbeRepo;

	private final MessageSource pesan;

	EvaluasiController(KoleksiTataLetak koleksi, PenyusunBundel penyusun, PenulisBundel penulis, PenilaianSpbe spbe, SpbeRepository spbeRepo,
			MessageSource pesan) {
		this.koleksi = koleksi;
		this.penyusun = penyusun;
		this.penulis = penulis;
		this.spbe = spbe;
		this.spbeRepo = spbeRepo;
		this.pesan = pesan;
	}

	@GetMapping
	String beranda(@RequestParam(required = false) Integer tahun, Staf staf, Model model) {
		int t = tahun == null ? spbe.tahunIni() : tahun;
		spbe.periksaTahun(t);
		model.addAttribute("tahun", t);
		model.addAttribute("pilihanTahun", IntStream.rangeClosed(PenilaianSpbe.TAHUN_AWAL, spbe.tahunIni()).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("bundel", koleksi.untukTahun(t));
		Map<Integer, Penilaian> nilai = spbeRepo.penilaian(t);
		model.addAttribute("spbeDinilai", nilai.size());
		model.addAttribute("spbeJumlah", spbeRepo.indikator().size());
		model.addAttribute("bolehMengubah", staf.adminKota());
		return "evaluasi/beranda";
	}

	/** One click: the bundle of a form and year as XLSX, PDF or the ZIP of its evidence; any other format 400. */
	@GetMapping("/{kode:[a-z][a-z0-9-]*}/{tahun:\\d{4}}.{format}")
	ResponseEntity<byte[]> unduh(@PathVariable String kode, @PathVariable int tahun, @PathVariable String format, Locale bahasa) {
		MediaType jenis = switch (format) {
			case "xlsx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			case "pdf" -> MediaType.APPLICATION_PDF;
			case "zip" -> MediaType.parseMediaType("application/zip");
			default -> throw new PermintaanDitolakException("evaluasi.format-tidak-dikenal", format);
		};
		spbe.periksaTahun(tahun);
		Bundel b = penyusun.susun(kode, tahun, bahasa);
		byte[] isi = switch (format) {
			case "xlsx" -> penulis.xlsx(b, bahasa);
			case "pdf" -> penulis.pdf(b, bahasa);
			default -> penulis.zip(b);
		};
		String nama = (kode + "-" + tahun + (format.equals("zip") ? "-bukti" : "") + "." + format);
		return ResponseEntity.ok()
			.contentType(jenis)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(isi);
	}

	@PostMapping("/tata-letak")
	String unggahTataLetak(@RequestParam(required = false) String kode, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) MultipartFile berkas, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban,
			RedirectAttributes redirect) {
		try {
			KoleksiTataLetak.Berlaku b = koleksi.unggah(staf, kode, tahun == null ? 0 : tahun, isi(berkas));
			redirect.addFlashAttribute("tersimpan", pesan.getMessage("evaluasi.tata-letak.tersimpan", new Object[] { b.tataLetak().judul(), b.tahun() }, bahasa));
			return "redirect:" + JALUR + "?tahun=" + b.tahun();
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			model.addAttribute("galat", ex.pesan(pesan, bahasa));
			model.addAttribute("nilai", Map.of("kode", kode == null ? "" : kode, "tahun", tahun == null ? "" : String.valueOf(tahun)));
			return beranda(null, staf, model);
		}
	}

	/** A row of the SPBE list. */
	record BarisSpbe(IndikatorSpbe indikator, Penilaian penilaian, String diisi) {
	}

	@GetMapping("/spbe/{tahun:\\d{4}}")
	String spbe(@PathVariable int tahun, Staf staf, Model model) {
		spbe.periksaTahun(tahun);
		Map<Integer, Penilaian> nilai = spbeRepo.penilaian(tahun);
		List<BarisSpbe> baris = new ArrayList<>();
		for (IndikatorSpbe i : spbeRepo.indikator()) {
			Penilaian p = nilai.get(i.nomor());
			baris.add(new BarisSpbe(i, p, p == null ? null : Waktu.formatTanggal(p.diisiPada())));
		}
		model.addAttribute("tahun", tahun);
		model.addAttribute("baris", baris);
		model.addAttribute("bolehMengubah", staf.adminKota());
		return "evaluasi/spbe";
	}

	@GetMapping("/spbe/{tahun:\\d{4}}/{nomor:\\d+}")
	String formulirSpbe(@PathVariable int tahun, @PathVariable int nomor, Staf staf, Model model) {
		spbe.periksaTahun(tahun);
		Penilaian p = spbeRepo.penilaian(tahun).get(nomor);
		Map<String, String> nilai = p == null ? Map.of() : Map.of("tingkat", String.valueOf(p.tingkat()), "penjelasan", p.penjelasan());
		return formulir(tahun, nomor, nilai, Map.of(), staf, model);
	}

	@PostMapping("/spbe/{tahun:\\d{4}}/{nomor:\\d+}")
	String nilaiSpbe(@PathVariable int tahun, @PathVariable int nomor, @RequestParam(required = false) String tingkat,
			@RequestParam(required = false) String penjelasan, @RequestParam(name = "berkas", required = false) List<MultipartFile> berkas, Staf staf,
			Model model, Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		List<PenilaianSpbe.Unggahan> unggahan = new ArrayList<>();
		for (MultipartFile f : berkas == null ? List.<MultipartFile>of() : berkas) {
			if (!f.isEmpty()) {
				unggahan.add(new PenilaianSpbe.Unggahan(f.getOriginalFilename(), isi(f)));
			}
		}
		try {
			spbe.nilai(staf, tahun, nomor, tingkat, penjelasan, unggahan);
			redirect.addFlashAttribute("tersimpan", pesan.getMessage("evaluasi.spbe.tersimpan", new Object[] { nomor }, bahasa));
			return "redirect:" + JALUR + "/spbe/" + tahun + "#indikator-" + nomor;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			Map<String, String> nilai = new java.util.HashMap<>();
			nilai.put("tingkat", tingkat == null ? "" : tingkat);
			nilai.put("penjelasan", penjelasan == null ? "" : penjelasan);
			return formulir(tahun, nomor, nilai, ex.pesan(pesan, bahasa), staf, model);
		}
	}

	private String formulir(int tahun, int nomor, Map<String, String> nilai, Map<String, String> galat, Staf staf, Model model) {
		IndikatorSpbe i = spbeRepo.indikator(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("evaluasi.spbe.tidak-ada", nomor));
		Penilaian p = spbeRepo.penilaian(tahun).get(nomor);
		model.addAttribute("tahun", tahun);
		model.addAttribute("indikator", i);
		model.addAttribute("bukti", p == null ? List.of() : p.bukti());
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		model.addAttribute("pilihanTingkat", IntStream.rangeClosed(PenilaianSpbe.TINGKAT_MIN, PenilaianSpbe.TINGKAT_MAKS).boxed().toList());
		model.addAttribute("bolehMengubah", staf.adminKota());
		return "evaluasi/spbe-nilai";
	}

	private static byte[] isi(MultipartFile f) {
		if (f == null) {
			return new byte[0];
		}
		try {
			return f.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
