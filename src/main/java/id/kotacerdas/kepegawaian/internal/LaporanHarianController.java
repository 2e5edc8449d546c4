package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.ekspor.Tabel;
import id.kotacerdas.kepegawaian.internal.PenilaianPerilaku.NilaiBerakhlak;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Daily work reports: the employee's form and list (the form works without JavaScript; with it,
 * the draft stays on the phone until the server confirms, see laporan-harian.js), the superior's
 * worklist, approval and return, the monthly behaviour rating, and the agency's monthly recap.
 */
@Controller
@RequestMapping("/staf/laporan-harian")
@PreAuthorize(Peran.Akses.SEMUA_PEGAWAI)
class LaporanHarianController {

	/** What the phone's script reads back: the stored report and where to see it. */
	record Terkirim(long id, String status, String url) {
	}

	private final LaporanHarianService layanan;

	private final RekapLaporanHarian rekap;

	private final OrganisasiService organisasi;

	private final LayananBerkas berkas;

	private final PenulisEkspor penulis;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	LaporanHarianController(LaporanHarianService layanan, RekapLaporanHarian rekap, OrganisasiService organisasi, LayananBerkas berkas,
			PenulisEkspor penulis, DaftarOpd daftarOpd, MessageSource pesan) {
		this.layanan = layanan;
		this.rekap = rekap;
		this.organisasi = organisasi;
		this.berkas = berkas;
		this.penulis = penulis;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	@GetMapping
	String beranda(Staf staf, Model model) {
		return tampilBeranda(staf, Map.of(), Map.of(), model);
	}

	/** The form without JavaScript: a refusal shows it again with what was typed (a chosen photo must be chosen again). */
	@PostMapping
	String ajukan(@RequestParam Map<String, String> isian, @RequestParam(required = false) List<MultipartFile> foto, Staf staf, Model model,
			Locale locale, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			LaporanHarian l = layanan.ajukan(staf, baru(isian), berkas.terimaFoto(foto == null ? List.of() : foto));
			redirect.addFlashAttribute("sukses", true);
			return "redirect:/staf/laporan-harian/" + l.id();
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilBeranda(staf, ex.pesan(pesan, locale), isian, model);
		}
	}

	/** The phone's script: 200 with the stored report (the first one, when the same id comes again). */
	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> ajukanJson(@RequestParam Map<String, String> isian, @RequestParam(required = false) List<MultipartFile> foto,
			Staf staf, Locale locale) {
		try {
			LaporanHarian l = layanan.ajukan(staf, baru(isian), berkas.terimaFoto(foto == null ? List.of() : foto));
			return ResponseEntity.ok(new Terkirim(l.id(), pesan.getMessage("laporan-harian.status." + l.status().name(), null, locale),
					"/staf/laporan-harian/" + l.id()));
		}
		catch (IsianDitolakException ex) {
			return ResponseEntity.status(ex.status()).body(Map.of("galat", ex.pesan(pesan, locale)));
		}
		catch (PermintaanDitolakException ex) {
			return ResponseEntity.status(ex.status())
				.body(Map.of("galat", Map.of("", pesan.getMessage(ex.kodePesan(), ex.argumen(), locale))));
		}
	}

	@GetMapping("/{id}")
	String rincian(@PathVariable long id, Staf staf, Model model, Locale locale) {
		return tampilRincian(layanan.lihat(staf, id), staf, Map.of(), model);
	}

	@GetMapping("/{id}/foto")
	ResponseEntity<byte[]> foto(@PathVariable long id, Staf staf) {
		LaporanHarian l = layanan.lihat(staf, id);
		if (l.foto() == null) {
			throw PermintaanDitolakException.tidakDitemukan("laporan-harian.tidak-ada");
		}
		return berkas.baca(l.foto()).jawaban(CacheControl.noCache().cachePrivate());
	}

	@PostMapping("/{id}/ulang")
	String ajukanUlang(@PathVariable long id, @RequestParam(defaultValue = "0") int revisi, @RequestParam(required = false) String uraian,
			@RequestParam(required = false) List<MultipartFile> foto, Staf staf, Model model, Locale locale, HttpServletResponse jawaban,
			RedirectAttributes redirect) {
		try {
			layanan.ajukanUlang(staf, id, revisi, uraian, berkas.terimaFoto(foto == null ? List.of() : foto));
			redirect.addFlashAttribute("sukses", true);
			return "redirect:/staf/laporan-harian/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilRincian(layanan.lihat(staf, id), staf, ex.pesan(pesan, locale), model);
		}
	}

	@PostMapping("/{id}/setujui")
	String setujui(@PathVariable long id, Staf staf, RedirectAttributes redirect) {
		LaporanHarian l = layanan.setujui(staf, id);
		redirect.addFlashAttribute("dinilai", l.status());
		return "redirect:/staf/laporan-harian/persetujuan";
	}

	@PostMapping("/{id}/kembalikan")
	String kembalikan(@PathVariable long id, @RequestParam(required = false) String alasan, Staf staf, Model model, Locale locale,
			HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			LaporanHarian l = layanan.kembalikan(staf, id, alasan);
			redirect.addFlashAttribute("dinilai", l.status());
			return "redirect:/staf/laporan-harian/persetujuan";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilRincian(layanan.lihat(staf, id), staf, ex.pesan(pesan, locale), model);
		}
	}

	/** The superior's worklist: the reports waiting for them, and their subordinates for the month's rating. */
	@GetMapping("/persetujuan")
	String persetujuan(Staf staf, Model model) {
		Map<Long, Pegawai> namaPegawai = namaPegawai(staf);
		model.addAttribute("menunggu", layanan.menungguPersetujuan(staf));
		model.addAttribute("bawahan", layanan.bawahan(staf).stream().map(namaPegawai::get).filter(p -> p != null)
			.sorted(Comparator.comparing(Pegawai::nama)).toList());
		model.addAttribute("namaPegawai", namaPegawai);
		model.addAttribute("bulan", YearMonth.from(layanan.hariIni()));
		return "kepegawaian/laporan-persetujuan";
	}

	@GetMapping("/penilaian/{pegawaiId}")
	String penilaian(@PathVariable long pegawaiId, @RequestParam(required = false) String bulan, Staf staf, Model model) {
		return tampilPenilaian(pegawaiId, bulan(bulan), staf, Map.of(), null, model);
	}

	@PostMapping("/penilaian/{pegawaiId}")
	String nilai(@PathVariable long pegawaiId, @RequestParam(required = false) String bulan, @RequestParam Map<String, String> isian,
			Staf staf, Model model, Locale locale, HttpServletResponse jawaban, RedirectAttributes redirect) {
		YearMonth b = bulan(bulan);
		Map<NilaiBerakhlak, Integer> nilai = new EnumMap<>(NilaiBerakhlak.class);
		for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
			String v = isian.get(n.kunci());
			nilai.put(n, v == null || !v.matches("[1-3]") ? null : Integer.valueOf(v));
		}
		try {
			layanan.nilaiPerilaku(staf, pegawaiId, b, nilai);
			redirect.addFlashAttribute("sukses", true);
			return "redirect:/staf/laporan-harian/penilaian/" + pegawaiId + "?bulan=" + b;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilPenilaian(pegawaiId, b, staf, ex.pesan(pesan, locale), isian, model);
		}
	}

	@GetMapping("/rekap")
	String rekap(@RequestParam(required = false) Long opd, @RequestParam(required = false) String bulan, Staf staf, Model model) {
		long opdId = opdRekap(staf, opd);
		model.addAttribute("rekap", rekap.rekap(staf, opdId, bulan(bulan)));
		model.addAttribute("opd", daftarOpd.cari(opdId).orElseThrow());
		model.addAttribute("pilihanOpd", daftarOpd.semua().stream().filter(Opd::aktif).filter(o -> organisasi.bolehMelihat(staf, o.id())).toList());
		model.addAttribute("nilaiBerakhlak", NilaiBerakhlak.values());
		return "kepegawaian/laporan-rekap";
	}

	@GetMapping("/rekap.{format}")
	void rekapEkspor(@PathVariable FormatEkspor format, @RequestParam(required = false) Long opd, @RequestParam(required = false) String bulan,
			Staf staf, HttpServletResponse jawaban) {
		long opdId = opdRekap(staf, opd);
		RekapLaporanHarian.Rekap r = rekap.rekap(staf, opdId, bulan(bulan));
		String namaOpd = daftarOpd.cari(opdId).map(Opd::namaPendek).orElse("");
		List<Kolom<RekapLaporanHarian.BarisPegawai>> kolom = new ArrayList<>(List.of(
				Kolom.teks("laporan-harian.rekap.nip", b -> b.pegawai().nip()),
				Kolom.teks("laporan-harian.rekap.nama", b -> b.pegawai().namaLengkap()),
				Kolom.teks("laporan-harian.rekap.unit", RekapLaporanHarian.BarisPegawai::unit),
				Kolom.bilangan("laporan-harian.rekap.total", RekapLaporanHarian.BarisPegawai::total),
				Kolom.bilangan("laporan-harian.rekap.disetujui", RekapLaporanHarian.BarisPegawai::disetujui),
				Kolom.bilangan("laporan-harian.rekap.dikembalikan", RekapLaporanHarian.BarisPegawai::dikembalikan),
				Kolom.bilangan("laporan-harian.rekap.diajukan", RekapLaporanHarian.BarisPegawai::diajukan)));
		for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
			kolom.add(Kolom.teks("laporan-harian.nilai." + n.kunci(),
					b -> b.nilai(n) == null ? null : Kolom.pesan("laporan-harian.skala." + b.nilai(n))));
		}
		List<Kolom<RekapLaporanHarian.BarisUnit>> kolomUnit = List.of(
				Kolom.teks("laporan-harian.rekap.unit", RekapLaporanHarian.BarisUnit::unit),
				Kolom.bilangan("laporan-harian.rekap.pegawai", RekapLaporanHarian.BarisUnit::pegawai),
				Kolom.bilangan("laporan-harian.rekap.total", RekapLaporanHarian.BarisUnit::total),
				Kolom.bilangan("laporan-harian.rekap.disetujui", RekapLaporanHarian.BarisUnit::disetujui),
				Kolom.bilangan("laporan-harian.rekap.dikembalikan", RekapLaporanHarian.BarisUnit::dikembalikan),
				Kolom.bilangan("laporan-harian.rekap.diajukan", RekapLaporanHarian.BarisUnit::diajukan));
		String bulanTeks = Waktu.formatBulan(r.bulan());
		penulis.kirim(new Ekspor(Kolom.pesan("laporan-harian.rekap.judul-ekspor", namaOpd, bulanTeks),
				List.of(new Tabel<>(Kolom.pesan("laporan-harian.rekap.per-pegawai"), kolom, r.pegawai()),
						new Tabel<>(Kolom.pesan("laporan-harian.rekap.per-unit"), kolomUnit, r.unit()))),
				format, jawaban);
	}

	/** An agency administrator's recap is their own agency's; city-wide readers choose (their own agency first). */
	private long opdRekap(Staf staf, Long opd) {
		if (opd != null) {
			return opd;
		}
		if (staf.opdId() != null) {
			return staf.opdId();
		}
		return daftarOpd.semua().stream().filter(Opd::aktif).filter(o -> organisasi.bolehMelihat(staf, o.id())).map(Opd::id).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("organisasi.opd-tidak-ada"));
	}

	private String tampilBeranda(Staf staf, Map<String, String> galat, Map<String, String> nilai, Model model) {
		var saya = layanan.pegawaiSaya(staf);
		if (saya.isEmpty()) {
			return "kepegawaian/saya-kosong";
		}
		model.addAttribute("saya", saya.get());
		model.addAttribute("daftar", layanan.milikSaya(staf));
		model.addAttribute("jumlahMenunggu", layanan.menungguPersetujuan(staf).size());
		model.addAttribute("atasan", organisasi.atasan(saya.get().id(), layanan.hariIni()).orElse(null));
		model.addAttribute("namaPegawai", organisasi.pegawai(saya.get().opdId()));
		model.addAttribute("hariIni", layanan.hariIni());
		model.addAttribute("hariPalingAwal", layanan.hariIni().minusDays(LaporanHarianService.HARI_MUNDUR_MAKS));
		model.addAttribute("idKlien", nilai.getOrDefault("idKlien", UUID.randomUUID().toString()));
		model.addAttribute("jenisLaporan", JenisLaporan.values());
		model.addAttribute("galat", galat);
		model.addAttribute("nilai", nilai);
		model.addAttribute("bolehRekap", organisasi.bolehMelihat(staf, saya.get().opdId()));
		return "kepegawaian/laporan-harian";
	}

	private String tampilRincian(LaporanHarian l, Staf staf, Map<String, String> galat, Model model) {
		var saya = layanan.pegawaiSaya(staf);
		boolean sendiri = saya.map(p -> p.id() == l.pegawaiId()).orElse(false);
		model.addAttribute("l", l);
		model.addAttribute("sendiri", sendiri);
		model.addAttribute("atasan", saya.isPresent() && organisasi.atasan(l.pegawaiId(), layanan.hariIni())
			.map(a -> a.pegawaiId() == saya.get().id()).orElse(false));
		model.addAttribute("namaPegawai", organisasi.pegawai(l.opdId()));
		model.addAttribute("galat", galat);
		return "kepegawaian/laporan-rincian";
	}

	private String tampilPenilaian(long pegawaiId, YearMonth bulan, Staf staf, Map<String, String> galat, Map<String, String> isian,
			Model model) {
		if (!layanan.bawahan(staf).contains(pegawaiId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "laporan-harian.bukan-atasan");
		}
		Pegawai p = layanan.pegawai(pegawaiId).orElseThrow();
		Map<String, String> nilai = new HashMap<>();
		layanan.penilaian(pegawaiId, bulan).ifPresent(n -> n.nilai().forEach((k, v) -> nilai.put(k.kunci(), String.valueOf(v))));
		if (isian != null) {
			nilai.putAll(isian);
		}
		model.addAttribute("p", p);
		model.addAttribute("bulan", bulan);
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		model.addAttribute("nilaiBerakhlak", NilaiBerakhlak.values());
		model.addAttribute("jumlah", layanan.jumlahBulan(p, bulan));
		return "kepegawaian/laporan-penilaian";
	}

	private Map<Long, Pegawai> namaPegawai(Staf staf) {
		return layanan.pegawaiSaya(staf).map(p -> organisasi.pegawai(p.opdId())).orElse(Map.of());
	}

	private static LaporanHarianService.LaporanBaru baru(Map<String, String> isian) {
		return new LaporanHarianService.LaporanBaru(uuid(isian.get("idKlien")), tanggal(isian.get("tanggal")), jenis(isian.get("jenis")),
				isian.get("uraian"), angka(isian.get("lat")), angka(isian.get("lon")));
	}

	private static UUID uuid(String teks) {
		try {
			return teks == null || teks.isBlank() ? null : UUID.fromString(teks.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate tanggal(String teks) {
		try {
			return teks == null || teks.isBlank() ? null : LocalDate.parse(teks.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IsianDitolakException(List.of(new IsianDitolakException.Galat("tanggal", "galat.isian.typeMismatch")));
		}
	}

	private static JenisLaporan jenis(String teks) {
		for (JenisLaporan j : JenisLaporan.values()) {
			if (j.name().equals(teks)) {
				return j;
			}
		}
		return null;
	}

	private static Double angka(String teks) {
		try {
			return teks == null || teks.isBlank() ? null : Double.valueOf(teks.strip());
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	private YearMonth bulan(String teks) {
		try {
			return teks == null || teks.isBlank() ? YearMonth.from(layanan.hariIni()) : YearMonth.parse(teks.strip());
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "bulan");
		}
	}
}
