package id.kotacerdas.pelatihan.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/** Training for the organising agency: programmes, sessions, enrolment, the trainer's link, certificates and figures. */
@Controller
@RequestMapping("/staf/pelatihan")
@PreAuthorize(id.kotacerdas.platform.Peran.Akses.STAF)
class PelatihanStafController {

	static final int BATAS_DAFTAR = 100;

	private final LayananPelatihan layanan;

	private final PelatihanRepository repo;

	private final PenyajiPelatihan penyaji;

	private final AngkaPelatihan angka;

	private final PenulisEkspor ekspor;

	private final PelatihanProperties properti;

	private final MessageSource pesan;

	private final id.kotacerdas.platform.UrlDasar url;

	PelatihanStafController(LayananPelatihan layanan, PelatihanRepository repo, PenyajiPelatihan penyaji, AngkaPelatihan angka,
			PenulisEkspor ekspor, PelatihanProperties properti, MessageSource pesan, id.kotacerdas.platform.UrlDasar url) {
		this.url = url;
		this.layanan = layanan;
		this.repo = repo;
		this.penyaji = penyaji;
		this.angka = angka;
		this.ekspor = ekspor;
		this.properti = properti;
		this.pesan = pesan;
	}

	@GetMapping
	String beranda(Staf staf, Model model, Locale bahasa) {
		model.addAttribute("sesi", penyaji.sesi(repo.sesiTerbaru(staf.lingkupOpd(), BATAS_DAFTAR), bahasa));
		model.addAttribute("program", repo.programList(staf.lingkupOpd(), BATAS_DAFTAR).stream()
			.map(g -> Map.of("id", g.id(), "judul", g.judul(), "topik", penyaji.topik(g.topik(), bahasa), "opd", penyaji.namaOpd(g.opdId())))
			.toList());
		model.addAttribute("bolehMembuat", staf.bolehMengubah());
		model.addAttribute("dilatih", angka.dilatih().usaha());
		model.addAttribute("target", properti.targetDilatih());
		return "pelatihan/staf-beranda";
	}

	@GetMapping("/program/baru")
	String programBaru(Staf staf, Model model, Locale bahasa) {
		Long opdId = staf.opdId() != null ? staf.opdId() : layanan.opdBaku().map(o -> o.id()).orElse(null);
		return programBaru(new LayananPelatihan.FormulirProgram(null, null, opdId, null, null), Map.of(), model, bahasa);
	}

	@PostMapping("/program")
	String buatProgram(@ModelAttribute LayananPelatihan.FormulirProgram f, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban,
			RedirectAttributes redirect) {
		try {
			long id = layanan.buatProgram(staf, f);
			redirect.addFlashAttribute("pesan", "pelatihan.staf.program-tersimpan");
			return "redirect:/staf/pelatihan/program/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return programBaru(f, ex.pesan(pesan, bahasa), model, bahasa);
		}
	}

	private String programBaru(LayananPelatihan.FormulirProgram f, Map<String, String> galat, Model model, Locale bahasa) {
		model.addAttribute("f", f);
		model.addAttribute("galat", galat);
		model.addAttribute("topik", penyaji.pilihanTopik(bahasa));
		model.addAttribute("opd", penyaji.semuaOpd());
		return "pelatihan/staf-program-baru";
	}

	@GetMapping("/program/{id:\\d+}")
	String program(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		return program(id, staf, new LayananPelatihan.FormulirSesi(null, null, null, null, "09:00", "12:00", "30"), Map.of(), model, bahasa);
	}

	@PostMapping("/program/{id:\\d+}/sesi")
	String buatSesi(@PathVariable long id, @ModelAttribute LayananPelatihan.FormulirSesi f, Staf staf, Model model, Locale bahasa,
			HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			long sesi = layanan.buatSesi(staf, id, f);
			redirect.addFlashAttribute("pesan", "pelatihan.staf.sesi-tersimpan");
			return "redirect:/staf/pelatihan/sesi/" + sesi;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return program(id, staf, f, ex.pesan(pesan, bahasa), model, bahasa);
		}
	}

	private String program(long id, Staf staf, LayananPelatihan.FormulirSesi f, Map<String, String> galat, Model model, Locale bahasa) {
		Rekaman.Program g = layanan.program(id);
		if (!staf.bolehMelihat(g.opdId())) {
			throw new PermintaanDitolakException(org.springframework.http.HttpStatus.FORBIDDEN, "pelatihan.bukan-wewenang");
		}
		model.addAttribute("g", g);
		model.addAttribute("topik", penyaji.topik(g.topik(), bahasa));
		model.addAttribute("opd", penyaji.namaOpd(g.opdId()));
		model.addAttribute("sesi", penyaji.sesi(repo.sesiProgram(id), bahasa));
		model.addAttribute("bolehMengatur", staf.berwenangAtas(g.opdId()));
		model.addAttribute("f", f);
		model.addAttribute("galat", galat);
		model.addAttribute("kelurahan", penyaji.pilihanKelurahan());
		return "pelatihan/staf-program";
	}

	@GetMapping("/sesi/{id:\\d+}")
	String sesi(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		return sesi(id, staf, new LayananPelatihan.FormulirPeserta(null, null, null, null, null), Map.of(), model, bahasa);
	}

	@PostMapping("/sesi/{id:\\d+}/peserta")
	String daftarkan(@PathVariable long id, @ModelAttribute LayananPelatihan.FormulirPeserta f, Staf staf, Model model, Locale bahasa,
			HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			LayananPelatihan.Pendaftaran p = layanan.daftar(id, f, staf, bahasa);
			redirect.addFlashAttribute("pesan", "pelatihan.staf.peserta-tersimpan");
			redirect.addFlashAttribute("kodeBaru", p.kode());
			return "redirect:/staf/pelatihan/sesi/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return sesi(id, staf, f, ex.pesan(pesan, bahasa), model, bahasa);
		}
	}

	private String sesi(long id, Staf staf, LayananPelatihan.FormulirPeserta f, Map<String, String> galat, Model model, Locale bahasa) {
		Rekaman.Sesi s = layanan.sesiUntukStaf(staf, id);
		boolean mengatur = staf.berwenangAtas(s.opdId());
		model.addAttribute("t", penyaji.sesi(s, bahasa));
		List<Map<String, Object>> peserta = layanan.peserta(id).stream().map(ps -> Map.<String, Object>of("nama", ps.nama(), "usaha",
				ps.namaUsaha(), "kelurahan", penyaji.namaKelurahan(ps.kelurahanKode()), "telepon", mengatur ? ps.telepon() : "",
				"terhubung", ps.usahaId() != null, "hadir", ps.hadir() == null ? "" : Waktu.formatTanggalJam(ps.hadir()), "sertifikat",
				ps.dokumenId() == null ? "" : "/v/" + ps.dokumenId(), "kode", ps.kode())).toList();
		model.addAttribute("peserta", peserta);
		model.addAttribute("bolehMengatur", mengatur);
		model.addAttribute("sudahSelesai", !s.selesai().isAfter(java.time.Instant.now()));
		model.addAttribute("f", f);
		model.addAttribute("galat", galat);
		model.addAttribute("kelurahan", penyaji.pilihanKelurahan());
		return "pelatihan/staf-sesi";
	}

	/** A new link for the trainer: shown once (only its hash is kept), to send to them or to open here. */
	@PostMapping("/sesi/{id:\\d+}/tautan-absen")
	String tautanAbsen(@PathVariable long id, Staf staf, RedirectAttributes redirect) {
		redirect.addFlashAttribute("tautanAbsen", url.dariPermintaan() + layanan.tautanAbsen(staf, id));
		return "redirect:/staf/pelatihan/sesi/" + id + "#absen";
	}

	@PostMapping("/sesi/{id:\\d+}/sertifikat")
	String sertifikat(@PathVariable long id, Staf staf, RedirectAttributes redirect) {
		LayananPelatihan.HasilSertifikat h = layanan.terbitkanSertifikat(staf, id);
		redirect.addFlashAttribute("pesan", "pelatihan.staf.sertifikat-terbit");
		redirect.addFlashAttribute("terbit", h.diterbitkan());
		redirect.addFlashAttribute("tanpaNik", h.tanpaNik());
		return "redirect:/staf/pelatihan/sesi/" + id;
	}

	@GetMapping("/angka")
	String angka(@RequestParam(defaultValue = "tahun") String per, Model model, Locale bahasa) {
		PelatihanRepository.Per p = per(per);
		model.addAttribute("per", p.name().toLowerCase(Locale.ROOT));
		model.addAttribute("baris", angka.hitung(p, bahasa));
		PelatihanRepository.Dilatih d = angka.dilatih();
		model.addAttribute("dilatih", d.usaha());
		model.addAttribute("target", properti.targetDilatih());
		return "pelatihan/angka";
	}

	@GetMapping("/angka.{format}")
	void unduh(@PathVariable FormatEkspor format, @RequestParam(defaultValue = "tahun") String per, Locale bahasa, HttpServletResponse jawaban) {
		PelatihanRepository.Per p = per(per);
		List<Kolom<AngkaPelatihan.Baris>> kolom = List.of(
				Kolom.<AngkaPelatihan.Baris>teks("pelatihan.angka.per." + p.name().toLowerCase(Locale.ROOT), AngkaPelatihan.Baris::label),
				Kolom.<AngkaPelatihan.Baris>bilangan("pelatihan.angka.terdaftar", AngkaPelatihan.Baris::terdaftar),
				Kolom.<AngkaPelatihan.Baris>bilangan("pelatihan.angka.hadir", AngkaPelatihan.Baris::hadir),
				Kolom.<AngkaPelatihan.Baris>persen("pelatihan.angka.persen-hadir", 1, AngkaPelatihan.Baris::persenHadir),
				Kolom.<AngkaPelatihan.Baris>bilangan("pelatihan.angka.dilatih", AngkaPelatihan.Baris::dilatih),
				Kolom.<AngkaPelatihan.Baris>bilangan("pelatihan.angka.dijawab", AngkaPelatihan.Baris::dijawab),
				Kolom.<AngkaPelatihan.Baris>bilangan("pelatihan.angka.jual-online", AngkaPelatihan.Baris::jualOnline),
				Kolom.<AngkaPelatihan.Baris>bilangan("pelatihan.angka.pakai-qris", AngkaPelatihan.Baris::pakaiQris),
				Kolom.<AngkaPelatihan.Baris>bilangan("pelatihan.angka.toko-daring", AngkaPelatihan.Baris::tokoDaring));
		ekspor.kirim(Ekspor.satu(Kolom.pesan("pelatihan.angka.judul"), kolom, angka.hitung(p, bahasa)), format, jawaban);
	}

	private static PelatihanRepository.Per per(String per) {
		try {
			return PelatihanRepository.Per.valueOf(per.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new PermintaanDitolakException("pelatihan.angka.per-tidak-dikenal");
		}
	}
}
