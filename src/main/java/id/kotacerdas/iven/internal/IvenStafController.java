package id.kotacerdas.iven.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The back office: kelurahan (or agency) staff submit an event; the submissions and events a person may read; a
 * published event postponed or cancelled. Approval and return happen on the engine's page of the application.
 */
@Controller
@RequestMapping("/staf/iven")
@PreAuthorize(Peran.Akses.STAF)
class IvenStafController {

	static final int DAFTAR_MAKS = 200;

	private final RegisterIven register;

	private final AcaraRepository repo;

	private final PenyajiIven penyaji;

	private final Wilayah wilayah;

	private final LayananBerkas berkas;

	private final MessageSource pesan;

	private final LaporanIven laporan;

	private final DosirIven dosir;

	IvenStafController(RegisterIven register, AcaraRepository repo, PenyajiIven penyaji, Wilayah wilayah, LayananBerkas berkas,
			MessageSource pesan, LaporanIven laporan, DosirIven dosir) {
		this.laporan = laporan;
		this.dosir = dosir;
		this.register = register;
		this.repo = repo;
		this.penyaji = penyaji;
		this.wilayah = wilayah;
		this.berkas = berkas;
		this.pesan = pesan;
	}

	@GetMapping
	String daftar(Staf staf, Model model, Locale bahasa) {
		model.addAttribute("daftar", repo.untukStaf(register.bolehMembacaSemua(staf) ? null : staf.username(), DAFTAR_MAKS).stream()
			.map(a -> penyaji.tampilan(a, bahasa)).toList());
		model.addAttribute("bolehAjukan", staf.bolehMengubah());
		return "iven/staf-daftar";
	}

	@GetMapping("/{id:\\d+}")
	String rinci(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		return isiRinci(untukStaf(staf, id), staf, model, bahasa);
	}

	private String isiRinci(Acara a, Staf staf, Model model, Locale bahasa) {
		model.addAttribute("t", penyaji.tampilan(a, bahasa));
		model.addAttribute("riwayat", repo.riwayat(a.id()));
		model.addAttribute("bolehUbah", a.status().berlangsung() && register.bolehMengubah(staf, a));
		model.addAttribute("kartu", laporan.kartu(a, bahasa));
		model.addAttribute("bolehUbahIsi", a.status().berlangsung() && register.bolehMenyetujui(staf));
		model.addAttribute("versi", repo.versi(a.id()));
		if (a.rrule() != null && a.status().berlangsung() && register.bolehMengubah(staf, a)) {
			model.addAttribute("tanggalBatal", register.kemunculanBerikut(a).stream()
				.map(t -> Map.entry(t.toString(), id.kotacerdas.platform.Waktu.formatTanggal(t, bahasa))).toList());
		}
		model.addAttribute("seri", a.status().publik() ? dosir.seri(a, bahasa) : null);
		if (laporan.bolehMelapor(staf, a)) {
			model.addAttribute("tanggalLaporan", laporan.belumDilaporkan(a).stream()
				.map(t -> Map.entry(t.toString(), id.kotacerdas.platform.Waktu.formatTanggal(t, bahasa))).toList());
			model.addAttribute("caraHitung", CaraHitung.values());
		}
		return "iven/staf-rinci";
	}

	/**
	 * The organiser files the report card of an ended occurrence; a refusal (400) shows the page again with every
	 * problem at its field and what was typed, and stores nothing.
	 */
	@PostMapping(value = "/{id:\\d+}/laporan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String laporan(@PathVariable long id, @RequestParam(required = false) String tanggal, @RequestParam(required = false) String pengunjung,
			@RequestParam(required = false) String caraHitung, @RequestParam(required = false) String catatan,
			@RequestParam(name = "foto", required = false) List<MultipartFile> foto, Staf staf, Model model, Locale bahasa,
			RedirectAttributes redirect, HttpServletResponse jawaban) {
		try {
			List<MultipartFile> dipilih = foto == null ? List.of() : foto.stream().filter(f -> !f.isEmpty()).toList();
			laporan.tambah(id, tanggal, pengunjung, caraHitung, catatan, dipilih.isEmpty() ? List.of() : berkas.terimaFoto(dipilih), staf);
			redirect.addFlashAttribute("pesan", "iven.laporan.tersimpan");
			return "redirect:/staf/iven/" + id + "#laporan";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			model.addAttribute("galatLaporan", ex.pesan(pesan, bahasa));
			model.addAttribute("isianLaporan", Map.of("tanggal", nilai(tanggal), "pengunjung", nilai(pengunjung), "caraHitung",
					nilai(caraHitung), "catatan", nilai(catatan)));
			return isiRinci(untukStaf(staf, id), staf, model, bahasa);
		}
	}

	/** The Karisma Event Nusantara dossier of the event's series, once it has three consecutive editions (else 409). */
	@GetMapping("/{id:\\d+}/dosir.pdf")
	ResponseEntity<byte[]> dosir(@PathVariable long id, Staf staf, Locale bahasa) {
		Acara a = untukStaf(staf, id);
		DosirIven.Seri s = dosir.seri(a, bahasa);
		if (!a.status().publik() || !s.lengkap()) {
			throw new PermintaanDitolakException(org.springframework.http.HttpStatus.CONFLICT, "iven.dosir.belum", s.kurang());
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dosir-ken-" + a.id() + ".pdf\"")
			.body(dosir.pdf(a, s, bahasa));
	}

	private Acara untukStaf(Staf staf, long id) {
		Acara a = register.acara(id);
		if (!register.bolehMembacaSemua(staf) && !staf.username().equals(a.diajukanOleh())) {
			throw new PermintaanDitolakException(org.springframework.http.HttpStatus.FORBIDDEN, "iven.bukan-petugas");
		}
		return a;
	}

	/** The poster of any event the person may read (a submission's too, before it is public). */
	@GetMapping("/{id:\\d+}/poster")
	ResponseEntity<byte[]> poster(@PathVariable long id, Staf staf) {
		Acara a = untukStaf(staf, id);
		if (a.poster() == null) {
			throw PermintaanDitolakException.tidakDitemukan("berkas.tidak-ada");
		}
		return berkas.baca(a.poster()).jawaban(CacheControl.noStore());
	}

	@PostMapping("/{id:\\d+}/tunda")
	String tunda(@PathVariable long id, @RequestParam int urutan, @RequestParam(required = false) String tanggal,
			@RequestParam(required = false) String jamMulai, @RequestParam(required = false) String tanggalSelesai,
			@RequestParam(required = false) String jamSelesai, @RequestParam(required = false) String alasan, Staf staf,
			RedirectAttributes redirect, Locale bahasa) {
		try {
			register.tunda(id, urutan, tanggal, jamMulai, tanggalSelesai, jamSelesai, alasan, staf);
			redirect.addFlashAttribute("pesan", "iven.staf.ditunda");
		}
		catch (IsianDitolakException ex) {
			redirect.addFlashAttribute("galatTunda", ex.pesan(pesan, bahasa));
			redirect.addFlashAttribute("isianTunda", Map.of("tanggal", nilai(tanggal), "jamMulai", nilai(jamMulai), "tanggalSelesai",
					nilai(tanggalSelesai), "jamSelesai", nilai(jamSelesai), "alasan", nilai(alasan)));
		}
		return "redirect:/staf/iven/" + id;
	}

	private static String nilai(String s) {
		return s == null ? "" : s;
	}

	@PostMapping("/{id:\\d+}/batalkan")
	String batalkan(@PathVariable long id, @RequestParam int urutan, @RequestParam(required = false) String alasan, Staf staf,
			RedirectAttributes redirect) {
		register.batalkan(id, urutan, alasan, staf);
		redirect.addFlashAttribute("pesan", "iven.staf.dibatalkan");
		return "redirect:/staf/iven/" + id;
	}

	/** Dinas Pariwisata edits the public text: a new version at once, subscribers get the higher SEQUENCE. */
	@PostMapping("/{id:\\d+}/ubah")
	String ubah(@PathVariable long id, @RequestParam int urutan, @RequestParam(required = false) String judul,
			@RequestParam(required = false) String deskripsi, @RequestParam(required = false) String tempat,
			@RequestParam(required = false) String kontak, @RequestParam(defaultValue = "false") boolean berbayar,
			@RequestParam(required = false) String harga, Staf staf, Model model, Locale bahasa, RedirectAttributes redirect,
			HttpServletResponse jawaban) {
		try {
			register.ubah(id, urutan, judul, deskripsi, tempat, kontak, berbayar, harga, staf);
			redirect.addFlashAttribute("pesan", "iven.ubah.tersimpan");
			return "redirect:/staf/iven/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			model.addAttribute("galatUbah", ex.pesan(pesan, bahasa));
			model.addAttribute("isianUbah", Map.of("judul", nilai(judul), "deskripsi", nilai(deskripsi), "tempat", nilai(tempat), "kontak",
					nilai(kontak), "harga", nilai(harga)));
			return isiRinci(untukStaf(staf, id), staf, model, bahasa);
		}
	}

	/** One occurrence of a series cancelled (EXDATE in the feeds); the series goes on. */
	@PostMapping("/{id:\\d+}/batalkan-satu")
	String batalkanSatu(@PathVariable long id, @RequestParam int urutan, @RequestParam(required = false) String tanggal,
			@RequestParam(required = false) String alasan, Staf staf, RedirectAttributes redirect, Locale bahasa) {
		try {
			register.batalkanSatu(id, urutan, tanggal, alasan, staf);
			redirect.addFlashAttribute("pesan", "iven.staf.batal-satu.tersimpan");
		}
		catch (IsianDitolakException ex) {
			redirect.addFlashAttribute("galatBatalSatu", ex.pesan(pesan, bahasa));
		}
		return "redirect:/staf/iven/" + id;
	}

	@GetMapping("/ajukan")
	String formulir(Staf staf, Model model) {
		FormulirAcara f = new FormulirAcara();
		f.setPenyelenggaraJenis(PenyelenggaraJenis.KELURAHAN.name());
		return BagianFormulirIven.isi(model, f, Map.of(), wilayah, "/staf/iven/ajukan", true);
	}

	/** Kelurahan staff file an event (the engine's counter filing: the staff member is named in its history). */
	@PostMapping(value = "/ajukan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String ajukan(@ModelAttribute("formulir") FormulirAcara f, @RequestParam(name = "poster", required = false) MultipartFile poster,
			Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban) {
		try {
			RegisterIven.Pengajuan p = register.ajukan(f, BagianFormulirIven.poster(berkas, poster), staf);
			jawaban.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("p", p);
			model.addAttribute("judul", f.getJudul());
			model.addAttribute("olehStaf", true);
			return "iven/diajukan";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return BagianFormulirIven.isi(model, f, ex.pesan(pesan, bahasa), wilayah, "/staf/iven/ajukan", true);
		}
	}
}
