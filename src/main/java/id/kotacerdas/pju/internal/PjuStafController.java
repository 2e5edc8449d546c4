package id.kotacerdas.pju.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.HalamanImpor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.jalan.DaftarRuas;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.KodeQr;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.wilayah.Wilayah;

/** The staff pages of street lights: registry, pole, stickers, night patrol, figures, import and export. */
@Controller
@RequestMapping("/staf/pju")
@PreAuthorize(Peran.Akses.STAF)
class PjuStafController {

	/** Poles a registry page or a sticker sheet shows at once; narrow by kelurahan, road or status for the rest. */
	static final int HALAMAN_MAKS = 500;

	/** Complaints and history entries shown on a pole's page. */
	static final int RIWAYAT_MAKS = 50;

	/** An uploaded sheet waits this long for its confirmation. */
	static final Duration IMPOR_TUNGGU = Duration.ofHours(2);

	private final TiangRepository repo;

	private final RegisterTiang register;

	private final Patroli patroli;

	private final AngkaPju angka;

	private final LayananPengaduan pengaduan;

	private final Wilayah wilayah;

	private final DaftarOpd opd;

	private final PenulisEkspor ekspor;

	private final UrlDasar urlDasar;

	private final Clock clock;

	private final PjuProperties properti;

	private final DaftarRuas ruas;

	PjuStafController(TiangRepository repo, RegisterTiang register, Patroli patroli, AngkaPju angka, LayananPengaduan pengaduan,
			Wilayah wilayah, DaftarOpd opd, PenulisEkspor ekspor, UrlDasar urlDasar, Clock clock, PjuProperties properti, DaftarRuas ruas) {
		this.properti = properti;
		this.ruas = ruas;
		this.repo = repo;
		this.register = register;
		this.patroli = patroli;
		this.angka = angka;
		this.pengaduan = pengaduan;
		this.wilayah = wilayah;
		this.opd = opd;
		this.ekspor = ekspor;
		this.urlDasar = urlDasar;
		this.clock = clock;
	}

	/** A pole as pages show it: its place, road and owner in words. */
	record Baris(Tiang tiang, String kelurahan, String ruas, String pemilik) {
	}

	@GetMapping
	String daftar(@RequestParam(required = false) String kelurahan, @RequestParam(required = false) StatusTiang status,
			@RequestParam(required = false) Long pemilik, Staf staf, Model model) {
		List<Baris> baris = baris(repo.daftar(kosong(kelurahan), null, status, pemilik, HALAMAN_MAKS));
		model.addAttribute("baris", baris);
		model.addAttribute("penuh", baris.size() == HALAMAN_MAKS);
		model.addAttribute("jumlah", repo.jumlah());
		model.addAttribute("kelurahanSemua", wilayah.kelurahan());
		model.addAttribute("statusSemua", StatusTiang.values());
		model.addAttribute("pemilikSemua", pemilikSemua());
		Map<String, Object> saring = new HashMap<>();
		saring.put("kelurahan", kosong(kelurahan));
		saring.put("status", status);
		saring.put("pemilik", pemilik);
		model.addAttribute("saring", saring);
		model.addAttribute("berulang", angka.berulang(clock.instant().minus(AngkaPju.JENDELA_BERULANG)).stream()
			.map(AngkaPju.Berulang::kode).toList());
		model.addAttribute("bolehImpor", staf.adminKota() || pemilikSemua().stream().anyMatch(o -> staf.adminAtas(o.id())));
		return "pju/staf-daftar";
	}

	@GetMapping("/{kode:[A-Za-z0-9][A-Za-z0-9-]+}")
	String tiang(@PathVariable String kode, Model model) {
		Tiang t = cari(kode);
		model.addAttribute("b", baris(List.of(t)).get(0));
		model.addAttribute("riwayat", repo.riwayat(t.kode(), RIWAYAT_MAKS));
		model.addAttribute("pengaduan", pengaduan.pengaduanAset(AsetPju.KODE, t.kode(), RIWAYAT_MAKS));
		model.addAttribute("berulang", angka.berulang(clock.instant().minus(AngkaPju.JENDELA_BERULANG)).stream()
			.anyMatch(b -> b.kode().equals(t.kode())));
		return "pju/staf-tiang";
	}

	/** Printable stickers, several to an A4 page: the pole's code and a QR code that opens the complaint form with it. */
	@GetMapping("/stiker")
	String stiker(@RequestParam(required = false) String kelurahan, @RequestParam(required = false) String kode, Model model) {
		List<Tiang> tiang = kode != null ? List.of(cari(kode)) : repo.daftar(kosong(kelurahan), null, null, null, HALAMAN_MAKS);
		Map<String, String> qr = new LinkedHashMap<>();
		tiang.forEach(t -> qr.put(t.kode(), KodeQr.svg(tautanStiker(t.kode()), t.kode())));
		model.addAttribute("stiker", qr);
		return "pju/stiker";
	}

	/** What a pole's sticker opens: the complaint form with the pole, its category and its place filled in. */
	String tautanStiker(String kode) {
		return urlDasar.nilai() + PetaPju.tautanLapor(kode);
	}

	// --- night patrol ---

	@GetMapping("/patroli")
	String patroli(@RequestParam(required = false) String kelurahan, Model model) {
		model.addAttribute("kelurahanSemua", wilayah.kelurahan());
		model.addAttribute("kelurahan", kosong(kelurahan));
		model.addAttribute("baris", kosong(kelurahan) == null ? List.of() : baris(repo.daftar(kelurahan, null, null, null, HALAMAN_MAKS)));
		return "pju/patroli";
	}

	/** The marks a phone sends: {@code patroli} the walk's id, made by the phone, as every mark's. */
	record Kiriman(UUID patroli, String kelurahan, List<Patroli.TandaMasuk> tanda) {
	}

	/** The ids now stored, for the phone to forget. */
	record Diterima(List<UUID> diterima) {
	}

	@PostMapping(path = "/patroli/tanda", consumes = "application/json", produces = "application/json")
	@ResponseBody
	Diterima tanda(@RequestBody Kiriman k, Staf staf) {
		return new Diterima(patroli.simpan(staf, k.patroli(), kosong(k.kelurahan()), k.tanda()));
	}

	// --- figures ---

	/** A group's outage rate in words. */
	record BarisPadam(String nama, AngkaPju.Padam padam) {
	}

	@GetMapping("/angka")
	String angka(Model model) {
		Map<String, String> namaKel = new HashMap<>();
		wilayah.kelurahan().forEach(k -> namaKel.put(k.kode(), k.nama()));
		Map<Long, String> namaOpd = namaOpd();
		model.addAttribute("perKelurahan", angka.perKelurahan().stream()
			.map(p -> new BarisPadam(namaKel.getOrDefault(p.kunci(), "—"), p)).toList());
		model.addAttribute("perOpd", angka.perOpd().stream()
			.map(p -> new BarisPadam(namaOpd.getOrDefault(Long.valueOf(p.kunci()), "—"), p)).toList());
		model.addAttribute("perbaikan", angka.waktuPerbaikan(clock.instant().minus(Duration.ofDays(365))));
		model.addAttribute("namaOpd", namaOpd);
		model.addAttribute("hilang", baris(angka.hilang()));
		return "pju/angka";
	}

	// --- import and export ---

	@GetMapping("/impor")
	String impor(Model model) {
		return "pju/impor";
	}

	/** The dry run: the whole sheet checked, nothing stored; a clean sheet waits for its confirmation. */
	@PostMapping("/impor")
	String periksa(@RequestParam("berkas") MultipartFile berkas, Staf staf, Model model, HttpServletResponse jawaban) throws IOException {
		byte[] isi = HalamanImpor.isi(berkas, "pju.impor.kosong");
		RegisterTiang.Hasil h = register.periksa(isi, staf);
		model.addAttribute("hasil", h);
		if (h.galat().isEmpty()) {
			UUID id = UUID.randomUUID();
			repo.hapusImporLama(clock.instant().minus(IMPOR_TUNGGU));
			repo.simpanImpor(id, staf.id(), isi, clock.instant());
			model.addAttribute("idImpor", id);
		}
		else {
			jawaban.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "pju/impor";
	}

	/** Stores the checked sheet, all or nothing (checked again: the registry may have changed meanwhile). */
	@PostMapping("/impor/{id}")
	String simpan(@PathVariable UUID id, Staf staf, Model model) {
		byte[] isi = repo.ambilImpor(id, staf.id()).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pju.impor.kedaluwarsa"));
		model.addAttribute("tersimpan", register.impor(isi, staf));
		return "pju/impor";
	}

	/** The registry as a sheet: the import's own columns, so it can be edited and imported again. */
	@GetMapping("/tiang.{format}")
	void ekspor(@PathVariable FormatEkspor format, @RequestParam(required = false) String kelurahan, HttpServletResponse jawaban) {
		Map<Long, String> namaOpd = namaOpd();
		List<Tiang> tiang = repo.daftar(kosong(kelurahan), null, null, null, Integer.MAX_VALUE);
		ekspor.kirim(Ekspor.satu(Kolom.pesan("pju.ekspor.judul"), List.of(
				Kolom.<Tiang>teks("pju.kolom.kode", Tiang::kode),
				Kolom.<Tiang>desimal("pju.kolom.lintang", 6, Tiang::lat),
				Kolom.<Tiang>desimal("pju.kolom.bujur", 6, Tiang::lon),
				Kolom.<Tiang>teks("pju.kolom.ruas", Tiang::ruasKode),
				Kolom.<Tiang>bilangan("pju.kolom.tinggi", Tiang::tinggiM),
				Kolom.<Tiang>teks("pju.kolom.lampu", t -> t.jenisLampu().nama()),
				Kolom.<Tiang>bilangan("pju.kolom.daya", Tiang::dayaWatt),
				Kolom.<Tiang>teks("pju.kolom.pemilik", t -> namaOpd.get(t.opdId())),
				Kolom.<Tiang>teks("pju.kolom.sambungan", t -> t.sambungan().name().toLowerCase(java.util.Locale.ROOT)),
				Kolom.<Tiang>tanggal("pju.kolom.tanggal-pasang", Tiang::tanggalPasang),
				Kolom.<Tiang>teks("pju.kolom.kontrak", Tiang::kontrak),
				Kolom.<Tiang>teks("pju.kolom.musrenbang", Tiang::usulanMusrenbang),
				Kolom.<Tiang>teks("pju.kolom.status", t -> t.status().name().toLowerCase(java.util.Locale.ROOT)),
				Kolom.<Tiang>teks("pju.kolom.talq", Tiang::talqId)), tiang), format, jawaban);
	}

	private Tiang cari(String kode) {
		return repo.cari(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pju.tiang-tidak-dikenal", kode));
	}

	private List<Baris> baris(List<Tiang> tiang) {
		Map<String, String> namaKel = new HashMap<>();
		wilayah.kelurahan().forEach(k -> namaKel.put(k.kode(), k.nama()));
		Map<Long, String> namaOpd = namaOpd();
		Map<String, String> namaRuas = new HashMap<>();
		ruas.semua().forEach(r -> namaRuas.put(r.kode(), r.nama()));
		return tiang.stream().map(t -> new Baris(t, namaKel.getOrDefault(t.kelurahanKode(), "—"), namaRuas.getOrDefault(t.ruasKode(), "—"),
				namaOpd.getOrDefault(t.opdId(), "—"))).toList();
	}

	private Map<Long, String> namaOpd() {
		Map<Long, String> nama = new HashMap<>();
		opd.semua().forEach(o -> nama.put(o.id(), o.namaPendek()));
		return nama;
	}

	/** The agencies that own poles ({@code kc.pju.pemilik}). */
	private List<Opd> pemilikSemua() {
		return properti.pemilik().stream().map(opd::cariSingkatan).flatMap(java.util.Optional::stream).toList();
	}

	private static String kosong(String teks) {
		return teks == null || teks.isBlank() ? null : teks.strip();
	}
}
