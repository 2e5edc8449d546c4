package id.kotacerdas.satudata.internal.unggah;

import id.kotacerdas.satudata.TingkatWilayah;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/** Producers upload datasets (dry run first); walidata publishes or returns them. */
@Controller
@RequestMapping("/staf/data")
@PreAuthorize(Peran.Akses.STAF)
class UnggahStafController {

	/** Rows a dry run and the review page show. */
	static final int CONTOH_BARIS = 10;

	static final int DAFTAR_MAKS = 200;

	private final LayananUnggahan layanan;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	UnggahStafController(LayananUnggahan layanan, DaftarOpd daftarOpd, MessageSource pesan) {
		this.layanan = layanan;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		Map<Long, String> opd = daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::nama));
		model.addAttribute("daftar", layanan.daftar(staf, DAFTAR_MAKS).stream()
			.map(u -> new Baris(u, opd.getOrDefault(u.opdId(), ""), Waktu.formatTanggal(u.dibuat()))).toList());
		model.addAttribute("produsen", layanan.produsen(staf));
		model.addAttribute("walidata", layanan.walidata(staf));
		model.addAttribute("kominfo", staf.adminKota());
		return "satudata/staf/daftar";
	}

	record Baris(Unggahan u, String opd, String diajukan) {
	}

	@GetMapping("/unggah")
	String formulir(Staf staf, Model model, Locale bahasa) {
		if (!layanan.produsen(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.unggah.bukan-produsen");
		}
		return isi(model, new FormulirUnggahan(), null, bahasa);
	}

	/** {@code aksi=periksa} is the dry run (nothing stored); {@code aksi=ajukan} stores and submits when nothing is refused. */
	@PostMapping(value = "/unggah", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String unggah(@ModelAttribute("formulir") FormulirUnggahan f, @RequestParam(name = "berkas", required = false) MultipartFile berkas,
			@RequestParam(defaultValue = "periksa") String aksi, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban,
			RedirectAttributes redirect) throws IOException {
		if (!layanan.produsen(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.unggah.bukan-produsen");
		}
		byte[] isi = berkas == null || berkas.isEmpty() ? null : berkas.getBytes();
		if ("ajukan".equals(aksi)) {
			try {
				Unggahan u = layanan.ajukan(f, isi, berkas == null ? null : berkas.getOriginalFilename(), staf);
				redirect.addFlashAttribute("baruDiajukan", true);
				return "redirect:/staf/data/" + u.id();
			}
			catch (UnggahanDitolakException ex) {
				jawaban.setStatus(ex.status().value());
				return isi(model, f, ex.pemeriksaan(), bahasa);
			}
		}
		LayananUnggahan.Pemeriksaan p = layanan.periksa(f, isi);
		if (!p.lolos()) {
			jawaban.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return isi(model, f, p, bahasa);
	}

	@GetMapping("/{id:\\d+}")
	String rinci(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		Unggahan u = layanan.untukDibaca(id, staf);
		Lembar l = layanan.lembar(u);
		model.addAttribute("u", u);
		model.addAttribute("opd", daftarOpd.cari(u.opdId()).map(Opd::nama).orElse(""));
		model.addAttribute("lembar", l);
		model.addAttribute("contoh", l.baris().subList(0, Math.min(CONTOH_BARIS, l.baris().size())));
		model.addAttribute("jenisKolom", l.jenis().stream().map(j -> pesan.getMessage("satudata-portal.jenis-kolom." + j.name(), null, bahasa)).toList());
		model.addAttribute("walidata", layanan.walidata(staf) && u.status() == Unggahan.Status.DIAJUKAN);
		model.addAttribute("diajukan", Waktu.formatTanggalJam(u.dibuat()));
		model.addAttribute("rilis", u.tanggalRilis() == null ? null : Waktu.formatTanggal(u.tanggalRilis(), bahasa));
		model.addAttribute("tema", pesan.getMessage(u.metadata().tema().kodePesan(), null, bahasa));
		model.addAttribute("frekuensi", pesan.getMessage(u.metadata().frekuensi().kodePesan(), null, bahasa));
		return "satudata/staf/rinci";
	}

	@PostMapping("/{id:\\d+}/terbitkan")
	String terbitkan(@PathVariable long id, @RequestParam int versi, @RequestParam(required = false) String tanggalRilis, Staf staf,
			Model model, Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			layanan.terbitkan(id, versi, tanggalRilis, staf);
			redirect.addFlashAttribute("diterbitkan", true);
			return "redirect:/staf/data/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			model.addAttribute("galat", ex.pesan(pesan, bahasa));
			return rinci(id, staf, model, bahasa);
		}
	}

	@PostMapping("/{id:\\d+}/kembalikan")
	String kembalikan(@PathVariable long id, @RequestParam int versi, @RequestParam(required = false) String alasan, Staf staf, Model model,
			Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			layanan.kembalikan(id, versi, alasan, staf);
			redirect.addFlashAttribute("dikembalikan", true);
			return "redirect:/staf/data/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			model.addAttribute("galat", ex.pesan(pesan, bahasa));
			model.addAttribute("alasanDiketik", alasan);
			return rinci(id, staf, model, bahasa);
		}
	}

	private String isi(Model model, FormulirUnggahan f, LayananUnggahan.Pemeriksaan p, Locale bahasa) {
		model.addAttribute("formulir", f);
		model.addAttribute("nilai", f.nilai());
		Map<String, String> tingkat = new LinkedHashMap<>();
		Arrays.stream(TingkatWilayah.values()).forEach(t -> tingkat.put(t.name(), pesan.getMessage(t.kodePesan(), null, bahasa)));
		model.addAttribute("pilihanTingkat", tingkat);
		Map<String, String> periode = new LinkedHashMap<>();
		LayananUnggahan.periode().forEach(fr -> periode.put(fr.name(), pesan.getMessage(fr.kodePesan(), null, bahasa)));
		model.addAttribute("pilihanPeriode", periode);
		Map<String, String> tema = new LinkedHashMap<>();
		Arrays.stream(ElemenKotaCerdas.values()).forEach(e -> tema.put(e.name(), pesan.getMessage(e.kodePesan(), null, bahasa)));
		model.addAttribute("pilihanTema", tema);
		if (p != null) {
			Map<String, String> galat = new LinkedHashMap<>();
			p.galat().forEach(g -> galat.putIfAbsent(g.isian(), pesan.getMessage(g.kodePesan(), g.argumen(), g.kodePesan(), bahasa)));
			model.addAttribute("galat", galat);
			model.addAttribute("alasan", p.alasan().stream().map(a -> pesan.getMessage(a, bahasa)).toList());
			model.addAttribute("lembar", p.lembar());
			model.addAttribute("lolos", p.lolos());
			if (p.lembar() != null) {
				model.addAttribute("contoh", p.lembar().baris().subList(0, Math.min(CONTOH_BARIS, p.lembar().baris().size())));
				model.addAttribute("jenisKolom",
						p.lembar().jenis().stream().map(j -> pesan.getMessage("satudata-portal.jenis-kolom." + j.name(), null, bahasa)).toList());
			}
		}
		return "satudata/staf/unggah";
	}

}
