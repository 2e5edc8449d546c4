package id.kotacerdas.kepegawaian.internal.kalender;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.kepegawaian.internal.AksesKepegawaian;
import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The calendars ahead (promotion, KGB, retirement) and the seniority list (DUK), as pages and
 * downloads: for BKPPD and Kominfo the city (or one agency they choose), for an agency's
 * administrator their agency; not for leadership, who see the statistics only.
 */
@Controller
@RequestMapping("/staf/kepegawaian")
@PreAuthorize(id.kotacerdas.platform.Peran.Akses.ADMIN)
class KalenderPegawaiController {

	static final int UKURAN_HALAMAN_DUK = 50;

	private final KalenderPegawai kalender;

	private final DaftarUrutKepangkatan duk;

	private final AksesKepegawaian akses;

	private final LabelReferensi label;

	private final PenulisEkspor ekspor;

	private final PengaturanKalender pengaturan;

	private final Clock clock;

	KalenderPegawaiController(KalenderPegawai kalender, DaftarUrutKepangkatan duk, AksesKepegawaian akses, LabelReferensi label,
			PenulisEkspor ekspor, PengaturanKalender pengaturan, Clock clock) {
		this.kalender = kalender;
		this.duk = duk;
		this.akses = akses;
		this.label = label;
		this.ekspor = ekspor;
		this.pengaturan = pengaturan;
		this.clock = clock;
	}

	@GetMapping("/kalender")
	String awal() {
		return "redirect:/staf/kepegawaian/kalender/" + KalenderPegawai.Jenis.PENSIUN.kode();
	}

	@GetMapping("/kalender/{kode:pangkat|kgb|pensiun}")
	String halaman(@PathVariable String kode, @RequestParam(required = false) Long opd, Staf staf, Model model, Locale locale) {
		KalenderPegawai.Jenis jenis = jenis(kode);
		Long lingkup = lingkup(staf, opd);
		LocalDate hari = hariIni();
		model.addAttribute("jenis", jenis.kode());
		model.addAttribute("semuaJenis", List.of(KalenderPegawai.Jenis.values()).stream().map(KalenderPegawai.Jenis::kode).toList());
		model.addAttribute("kelompok", kalender.kelompok(jenis, lingkup, hari));
		model.addAttribute("rentang", kalender.rentang(jenis, hari));
		model.addAttribute("masaTahun", jenis == KalenderPegawai.Jenis.PANGKAT ? pengaturan.masaPangkatTahun() : pengaturan.masaKgbTahun());
		isiSaring(model, staf, opd, locale);
		return "kepegawaian/kalender";
	}

	@GetMapping("/kalender/{kode:pangkat|kgb|pensiun}.{format}")
	void unduh(@PathVariable String kode, @PathVariable FormatEkspor format, @RequestParam(required = false) Long opd, Staf staf,
			Locale locale, HttpServletResponse jawaban) {
		KalenderPegawai.Jenis jenis = jenis(kode);
		List<KalenderPegawai.Butir> butir = kalender.butir(jenis, lingkup(staf, opd), hariIni());
		Map<String, String> golongan = label.golongan(locale);
		Map<Long, String> namaOpd = label.opd();
		List<Kolom<KalenderPegawai.Butir>> kolom = new ArrayList<>();
		kolom.add(Kolom.tanggal("kepegawaian.kalender.kolom." + jenis.kode(), KalenderPegawai.Butir::tanggal));
		kolom.add(Kolom.<KalenderPegawai.Butir>teks("kepegawaian.kalender.kolom.status",
				b -> Kolom.pesan(b.lewat() ? "kepegawaian.kalender.lewat." + jenis.kode() : "kepegawaian.kalender.akan-datang")));
		kolom.addAll(kolomPegawai(golongan, namaOpd, KalenderPegawai.Butir::pegawai));
		switch (jenis) {
			case PANGKAT -> kolom.add(Kolom.teks("kepegawaian.kalender.kolom.golongan-baru", b -> golongan.get(b.golonganBaru())));
			case GAJI_BERKALA -> kolom.add(Kolom.bilangan("kepegawaian.kalender.kolom.masa-kerja", KalenderPegawai.Butir::tahun));
			case PENSIUN -> kolom.add(Kolom.bilangan("kepegawaian.kalender.kolom.bup", KalenderPegawai.Butir::tahun));
		}
		ekspor.kirim(Ekspor.satu(Kolom.pesan("kepegawaian.kalender.judul." + jenis.kode()), kolom, butir), format, jawaban);
	}

	@GetMapping("/duk")
	String duk(@RequestParam(required = false) Long opd, @RequestParam(defaultValue = "0") int halaman, Staf staf, Model model,
			Locale locale) {
		List<DaftarUrutKepangkatan.Baris> semua = duk.daftar(lingkup(staf, opd));
		int dari = Math.min(Math.max(0, halaman) * UKURAN_HALAMAN_DUK, semua.size());
		int sampai = Math.min(dari + UKURAN_HALAMAN_DUK, semua.size());
		model.addAttribute("halaman", new Halaman<>(semua.subList(dari, sampai), Math.max(0, halaman), UKURAN_HALAMAN_DUK, semua.size(), false));
		isiSaring(model, staf, opd, locale);
		model.addAttribute("eselon", label.daftar(KatalogReferensi.ESELON, locale));
		model.addAttribute("pendidikan", label.daftar(KatalogReferensi.PENDIDIKAN, locale));
		model.addAttribute("hari", hariIni());
		return "kepegawaian/duk";
	}

	@GetMapping("/duk.{format}")
	void unduhDuk(@PathVariable FormatEkspor format, @RequestParam(required = false) Long opd, Staf staf, Locale locale,
			HttpServletResponse jawaban) {
		Map<String, String> eselon = label.daftar(KatalogReferensi.ESELON, locale);
		Map<String, String> pendidikan = label.daftar(KatalogReferensi.PENDIDIKAN, locale);
		LocalDate hari = hariIni();
		List<Kolom<DaftarUrutKepangkatan.Baris>> kolom = new ArrayList<>();
		kolom.add(Kolom.<DaftarUrutKepangkatan.Baris>bilangan("kepegawaian.duk.kolom.nomor", DaftarUrutKepangkatan.Baris::nomor).denganLebar(5));
		kolom.addAll(kolomPegawai(label.golongan(locale), label.opd(), DaftarUrutKepangkatan.Baris::pegawai));
		kolom.add(Kolom.tanggal("kepegawaian.duk.kolom.tmt-golongan", b -> b.pegawai().tmtGolongan()));
		kolom.add(Kolom.teks("kepegawaian.duk.kolom.eselon", b -> eselon.get(b.pegawai().eselon())));
		kolom.add(Kolom.bilangan("kepegawaian.duk.kolom.masa-kerja", b -> b.pegawai().masaKerja(hari).getYears()));
		kolom.add(Kolom.teks("kepegawaian.duk.kolom.pendidikan", b -> pendidikan.get(b.pegawai().pendidikan())));
		kolom.add(Kolom.tanggal("kepegawaian.duk.kolom.lahir", b -> b.pegawai().tanggalLahir()));
		ekspor.kirim(Ekspor.satu(Kolom.pesan("kepegawaian.duk.judul"), kolom, duk.daftar(lingkup(staf, opd))), format, jawaban);
	}

	/** Name, NIP, rank, position, unit and agency: the columns every list shares. */
	private static <R> List<Kolom<R>> kolomPegawai(Map<String, String> golongan, Map<Long, String> opd,
			java.util.function.Function<R, PegawaiRingkas> pegawai) {
		List<Kolom<PegawaiRingkas>> kolom = List.of(Kolom.<PegawaiRingkas>teks("kepegawaian.kalender.kolom.nama", PegawaiRingkas::namaLengkap).denganLebar(30),
				Kolom.<PegawaiRingkas>teks("kepegawaian.kalender.kolom.nip", PegawaiRingkas::nip).denganLebar(19),
				Kolom.<PegawaiRingkas>teks("kepegawaian.golongan", p -> golongan.get(p.golongan())),
				Kolom.<PegawaiRingkas>teks("kepegawaian.namaJabatan", PegawaiRingkas::namaJabatan).denganLebar(30),
				Kolom.<PegawaiRingkas>teks("kepegawaian.kalender.kolom.unor", PegawaiRingkas::unor).denganLebar(24),
				Kolom.<PegawaiRingkas>teks("kepegawaian.opd", p -> opd.get(p.opdId())).denganLebar(14));
		return kolom.stream().map(k -> k.<R>dari(pegawai)).toList();
	}

	private void isiSaring(Model model, Staf staf, Long opd, Locale locale) {
		boolean semuaKota = akses.lingkupKalender(staf) == null;
		model.addAttribute("semuaKota", semuaKota);
		model.addAttribute("opdDipilih", semuaKota ? opd : null);
		model.addAttribute("daftarOpd", label.opdAktif());
		model.addAttribute("namaOpd", label.opd());
		model.addAttribute("golongan", label.golongan(locale));
	}

	/** The agency chosen by someone who sees the city; an agency's administrator always sees their own. */
	private Long lingkup(Staf staf, Long opd) {
		Long lingkup = akses.lingkupKalender(staf);
		return lingkup != null ? lingkup : opd;
	}

	private LocalDate hariIni() {
		return LocalDate.now(clock.withZone(Waktu.WITA));
	}

	private static KalenderPegawai.Jenis jenis(String kode) {
		return KalenderPegawai.Jenis.dari(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("kepegawaian.tidak-ada", kode));
	}
}
