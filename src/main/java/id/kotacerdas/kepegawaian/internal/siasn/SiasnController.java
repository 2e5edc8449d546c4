package id.kotacerdas.kepegawaian.internal.siasn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.kepegawaian.internal.AksesKepegawaian;
import id.kotacerdas.kepegawaian.internal.Pegawai;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SIASN pages: BKPPD's import (dry run, apply), the reference import and the city's quality
 * score; an agency's ranked fix-list; the box on an employee's own record page; the export in
 * the SIASN layout.
 */
@Controller
@RequestMapping("/staf/kepegawaian/siasn")
@PreAuthorize(Peran.Akses.STAF)
class SiasnController {

	/** One row of the dry run's report, in words. */
	record BarisTampil(int baris, String nip, String nama, ImporSiasn.Status status, List<String> perubahan, List<String> alasan) {
	}

	record BedaTampil(String isian, String lokal, String siasn, String dokumen) {
	}

	record TemuanTampil(String dimensi, String pesan, String dokumen) {
	}

	record PegawaiTampil(long id, String nama, String nip, String opd, int jumlah, List<BedaTampil> beda, List<TemuanTampil> temuan) {
	}

	record SkorTampil(MutuSiasn.Dimensi dimensi, String kode, Double persen, long lulus, long diperiksa) {
	}

	record OpdTampil(long id, String nama, long pegawai, long bermasalah) {
	}

	private final ImporSiasn impor;

	private final RujukanSiasn rujukan;

	private final MutuSiasn mutu;

	private final SiasnRepository repo;

	private final AksesKepegawaian akses;

	private final TampilSiasn tampil;

	private final DaftarOpd daftarOpd;

	private final PenulisEkspor ekspor;

	SiasnController(ImporSiasn impor, RujukanSiasn rujukan, MutuSiasn mutu, SiasnRepository repo, AksesKepegawaian akses, TampilSiasn tampil,
			DaftarOpd daftarOpd, PenulisEkspor ekspor) {
		this.impor = impor;
		this.rujukan = rujukan;
		this.mutu = mutu;
		this.repo = repo;
		this.akses = akses;
		this.tampil = tampil;
		this.daftarOpd = daftarOpd;
		this.ekspor = ekspor;
	}

	/** BKPPD and Kominfo: imports and the city's score; an agency's admin goes to their fix-list. */
	@GetMapping
	String beranda(Staf staf, Model model) {
		if (!akses.bolehMengubah(staf)) {
			lingkupPerbaikan(staf, null);
			return "redirect:/staf/kepegawaian/siasn/perbaikan";
		}
		MutuSiasn.Hasil hasil = mutu.periksaLingkup(null);
		model.addAttribute("rujukan", hasil.rujukan().orElse(null));
		model.addAttribute("skor", hasil.skor().values().stream()
			.map(s -> new SkorTampil(s.dimensi(), s.dimensi().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.persen(), s.lulus(), s.diperiksa()))
			.toList());
		model.addAttribute("skorKota", hasil.skorKota());
		model.addAttribute("jumlahPegawai", hasil.jumlahPegawai());
		model.addAttribute("jumlahBermasalah", hasil.bermasalah().size());
		List<OpdTampil> perOpd = new ArrayList<>();
		hasil.perOpd().forEach((id, n) -> perOpd.add(new OpdTampil(id, daftarOpd.cari(id).map(Opd::nama).orElse("–"), n[0], n[1])));
		perOpd.sort((a, b) -> Long.compare(b.bermasalah(), a.bermasalah()) != 0 ? Long.compare(b.bermasalah(), a.bermasalah()) : a.nama().compareTo(b.nama()));
		model.addAttribute("perOpd", perOpd);
		model.addAttribute("hariIni", LocalDate.now(Waktu.WITA));
		model.addAttribute("batasHari", mutu.batasHari());
		return "kepegawaian/siasn/beranda";
	}

	/** The dry run: nothing in the register changes; the report says what applying would do. */
	@PostMapping("/impor")
	String periksa(@RequestParam("berkas") MultipartFile berkas, Staf staf, Model model, Locale bahasa) {
		if (berkas.isEmpty()) {
			throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.kosong");
		}
		ImporSiasn.Laporan laporan = impor.periksa(staf, nama(berkas), isi(berkas));
		return laporan(laporan, model, bahasa);
	}

	/** All or nothing: 409 with the report when a row is refused (nothing written). */
	@PostMapping("/impor/{id}")
	String terapkan(@PathVariable UUID id, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban) {
		try {
			return laporan(impor.terapkan(staf, id), model, bahasa);
		}
		catch (ImporSiasn.ImporDitolakException ex) {
			jawaban.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("gagal", true);
			return laporan(ex.laporan(), model, bahasa);
		}
	}

	@PostMapping("/rujukan")
	String rujukan(@RequestParam("berkas") MultipartFile berkas,
			@RequestParam(name = "tanggalData", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggalData, Staf staf,
			RedirectAttributes redirect) {
		if (berkas.isEmpty()) {
			throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.berkas.kosong");
		}
		byte[] isi = isi(berkas);
		SiasnRepository.Rujukan r = rujukan.impor(staf, tanggalData, nama(berkas), new java.io.ByteArrayInputStream(isi));
		redirect.addFlashAttribute("rujukanBaru", r);
		return "redirect:/staf/kepegawaian/siasn";
	}

	/** The register in the SIASN layout: the city for BKPPD and Kominfo, their agency for an agency's admin. */
	@GetMapping("/ekspor.{format}")
	void ekspor(@PathVariable FormatEkspor format, Staf staf, HttpServletResponse jawaban) {
		Long lingkup = lingkupPerbaikan(staf, null);
		List<Pegawai> semua = new ArrayList<>();
		repo.pegawai(lingkup, semua::add);
		List<Kolom<Pegawai>> kolom = TataLetakSiasn.KOLOM.stream().map(this::kolomEkspor).toList();
		ekspor.kirim(Ekspor.satu(Kolom.pesan("siasn.ekspor.judul"), kolom, semua), format, jawaban);
	}

	private Kolom<Pegawai> kolomEkspor(TataLetakSiasn.Kolom k) {
		var judul = new DefaultMessageSourceResolvable(null, null, k.judul());
		var komponen = java.util.Arrays.stream(Pegawai.class.getRecordComponents()).filter(c -> c.getName().equals(k.isian())).findFirst().orElseThrow();
		java.util.function.Function<Pegawai, Object> nilai = p -> {
			try {
				Object v = komponen.getAccessor().invoke(p);
				return k.bentuk() == TataLetakSiasn.Bentuk.OPD ? daftarOpd.cari((Long) v).map(Opd::nama).orElse(null) : v;
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		};
		Kolom<Pegawai> dasar = k.bentuk() == TataLetakSiasn.Bentuk.TANGGAL ? Kolom.tanggal(k.judul(), p -> (LocalDate) nilai.apply(p))
				: Kolom.teks(k.judul(), nilai);
		return dasar.denganJudul(judul);
	}

	/** An agency's employees with something to fix, most first; BKPPD and Kominfo choose the agency (none: the city). */
	@GetMapping("/perbaikan")
	String perbaikan(@RequestParam(required = false) Long opd, Staf staf, Model model, Locale bahasa) {
		Long lingkup = lingkupPerbaikan(staf, opd);
		MutuSiasn.Hasil hasil = mutu.periksaLingkup(lingkup);
		model.addAttribute("rujukan", hasil.rujukan().orElse(null));
		model.addAttribute("jumlahPegawai", hasil.jumlahPegawai());
		model.addAttribute("daftar", hasil.bermasalah().stream().map(h -> tampil(h, bahasa)).toList());
		model.addAttribute("namaOpd", lingkup == null ? null : daftarOpd.cari(lingkup).map(Opd::nama).orElse(null));
		model.addAttribute("pengelola", akses.bolehMengubah(staf));
		return "kepegawaian/siasn/perbaikan";
	}

	/** The box on an employee's record: what differs from SIASN and which document to bring (htmx fragment, or a page). */
	@GetMapping("/pegawai/{id}")
	String pegawai(@PathVariable long id, Staf staf, Model model, Locale bahasa,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Pegawai p = repo.cari(id).filter(x -> akses.bolehMelihat(staf, x))
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("kepegawaian.tidak-ada", id));
		MutuSiasn.HasilPegawai h = mutu.periksaPegawai(p);
		model.addAttribute("p", p);
		model.addAttribute("rujukan", mutu.rujukan().orElse(null));
		model.addAttribute("hasil", tampil(h, bahasa));
		model.addAttribute("diSiasn", h.diSiasn());
		model.addAttribute("diriSendiri", akses.diriSendiri(staf, p));
		return htmx != null ? "kepegawaian/siasn/pegawai :: kotak" : "kepegawaian/siasn/pegawai";
	}

	/**
	 * Who sees a fix-list: BKPPD and Kominfo any agency (or the city), an agency's admin their own.
	 *
	 * @return the agency, or null for the city
	 */
	private Long lingkupPerbaikan(Staf staf, Long opd) {
		if (akses.bolehMengubah(staf)) {
			return opd;
		}
		if (staf.peran() == Peran.ADMIN_OPD && staf.opdId() != null) {
			return staf.opdId();
		}
		throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
	}

	private PegawaiTampil tampil(MutuSiasn.HasilPegawai h, Locale bahasa) {
		Pegawai p = h.pegawai();
		List<BedaTampil> beda = h.beda().stream()
			.map(b -> new BedaTampil(tampil.isian(b.isian(), bahasa), tampil.nilai(b.isian(), b.lokal(), bahasa),
					tampil.nilai(b.isian(), b.siasn(), bahasa), tampil.dokumen(b.dokumen(), bahasa)))
			.toList();
		List<TemuanTampil> temuan = h.temuan().stream()
			.map(t -> new TemuanTampil(tampil.pesan(Kolom.pesan("siasn.dimensi." + t.dimensi().name().toLowerCase(Locale.ROOT).replace('_', '-')), bahasa),
					tampil.pesan(t.pesan(), bahasa), tampil.dokumen(t.dokumen(), bahasa)))
			.toList();
		return new PegawaiTampil(p.id(), p.namaLengkap(), p.nip(), daftarOpd.cari(p.opdId()).map(Opd::nama).orElse("–"), h.jumlah(), beda, temuan);
	}

	private String laporan(ImporSiasn.Laporan l, Model model, Locale bahasa) {
		model.addAttribute("laporan", l);
		model.addAttribute("ditolak", l.ditolak().stream().map(h -> baris(h, bahasa)).toList());
		model.addAttribute("berubah", l.berubah().stream().map(h -> baris(h, bahasa)).toList());
		model.addAttribute("batasRinci", ImporSiasn.BATAS_RINCI);
		return "kepegawaian/siasn/impor";
	}

	private BarisTampil baris(ImporSiasn.HasilBaris h, Locale bahasa) {
		List<String> ubah = h.perubahan().stream()
			.map(u -> tampil.isian(u.isian(), bahasa) + ": " + tampil.nilai(u.isian(), u.lama(), bahasa) + " → "
					+ tampil.nilai(u.isian(), u.baru(), bahasa))
			.toList();
		List<String> alasan = h.alasan().stream().map(a -> tampil.pesan(a, bahasa)).toList();
		return new BarisTampil(h.baris(), h.nip(), h.nama(), h.status(), ubah, alasan);
	}

	private static String nama(MultipartFile berkas) {
		String n = berkas.getOriginalFilename();
		return n == null || n.isBlank() ? "siasn" : n.strip();
	}

	private static byte[] isi(MultipartFile berkas) {
		try (InputStream in = berkas.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
