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
			.map(u -> new Baris(u, opd.getOrDefault(u.opdId(), ""), Waktu.formatTanggal(u.diajukan()))).toList());
		model.addAttribute("produsen", layanan.produsen(staf));
		model.addAttribute("walidata", layanan.walidata(staf));
		model.addAttribute("kominfo", staf.adminKota());
		return "satudata/staf/daftar";
	}

	record Baris(Unggahan u, String opd, String diajukan) {
	}

	/** A new dataset's form, or with {@code perbaikan} the returned dataset's, filled with what it holds. */
	@GetMapping("/unggah")
	String formulir(@RequestParam(required = false) String perbaikan, Staf staf, Model model, Locale bahasa) {
		if (!layanan.produsen(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.unggah.bukan-produsen");
		}
		return isi(model, perbaikan == null ? new FormulirUnggahan() : layanan.formulirPerbaikan(perbaikan, staf), null, bahasa);
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
				return "redirect:/staf/data/" + u.kode();
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

	@GetMapping("/{kode:[a-z0-9_-]+}")
	String rinci(@PathVariable String kode, Staf staf, Model model, Locale bahasa) {
		Unggahan u = layanan.untukDibaca(kode, staf);
		Lembar l = layanan.lembar(u);
		model.addAttribute("u", u);
		model.addAttribute("opd", daftarOpd.cari(u.opdId()).map(Opd::nama).orElse(""));
		model.addAttribute("lembar", l);
		model.addAttribute("contoh", contoh(l, bahasa));
		model.addAttribute("jenisKolom", l.jenis().stream().map(j -> pesan.getMessage("satudata-portal.jenis-kolom." + j.name(), null, bahasa)).toList());
		model.addAttribute("walidata", layanan.walidata(staf) && u.menungguWalidata());
		model.addAttribute("perbaiki", u.bolehDiperbaiki() && layanan.produsen(staf) && staf.berwenangAtas(u.opdId()));
		model.addAttribute("diajukan", Waktu.formatTanggalJam(u.diajukan()));
		model.addAttribute("rilis", u.tanggalRilis() == null ? null : Waktu.formatTanggal(u.tanggalRilis(), bahasa));
		model.addAttribute("tema", u.metadata().tema() == null ? "" : pesan.getMessage(u.metadata().tema().kodePesan(), null, bahasa));
		model.addAttribute("frekuensi", pesan.getMessage(u.metadata().frekuensi().kodePesan(), null, bahasa));
		return "satudata/staf/rinci";
	}

	@PostMapping("/{kode:[a-z0-9_-]+}/terbitkan")
	String terbitkan(@PathVariable String kode, @RequestParam long versi, Staf staf, RedirectAttributes redirect) {
		layanan.terbitkan(kode, versi, staf);
		redirect.addFlashAttribute("diterbitkan", true);
		return "redirect:/staf/data/" + kode;
	}

	@PostMapping("/{kode:[a-z0-9_-]+}/kembalikan")
	String kembalikan(@PathVariable String kode, @RequestParam long versi, @RequestParam(required = false) String alasan, Staf staf, Model model,
			Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			layanan.kembalikan(kode, versi, alasan, staf);
			redirect.addFlashAttribute("dikembalikan", true);
			return "redirect:/staf/data/" + kode;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			model.addAttribute("galat", ex.pesan(pesan, bahasa));
			model.addAttribute("alasanDiketik", alasan);
			return rinci(kode, staf, model, bahasa);
		}
	}

	/** The first rows as typed values, shown as the portal will show them. */
	private static List<List<String>> contoh(Lembar l, Locale bahasa) {
		return TampilanSel.baris(java.util.stream.IntStream.range(0, Math.min(CONTOH_BARIS, l.baris().size())).mapToObj(l::nilai).toList(), bahasa);
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
				model.addAttribute("contoh", contoh(p.lembar(), bahasa));
				model.addAttribute("jenisKolom",
						p.lembar().jenis().stream().map(j -> pesan.getMessage("satudata-portal.jenis-kolom." + j.name(), null, bahasa)).toList());
			}
		}
		return "satudata/staf/unggah";
	}

}
