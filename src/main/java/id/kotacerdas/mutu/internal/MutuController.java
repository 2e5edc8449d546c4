package id.kotacerdas.mutu.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.mutu.internal.Mutu.Diagnosis;
import id.kotacerdas.mutu.internal.Mutu.Indikator18091;
import id.kotacerdas.mutu.internal.Mutu.KategoriTemuan;
import id.kotacerdas.mutu.internal.Mutu.Sertifikasi;
import id.kotacerdas.mutu.internal.Mutu.StatusSertifikasi;
import id.kotacerdas.mutu.internal.Mutu.Temuan;
import id.kotacerdas.mutu.internal.Mutu.Tindakan;
import id.kotacerdas.mutu.internal.Mutu.Warna;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/** ISO 9001 per agency (its administrator and Kominfo keep it, leadership reads) and the ISO 18091 grid. */
@Controller
@RequestMapping("/staf/mutu")
@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
class MutuController {

	static final String JALUR = "/staf/mutu";

	private final RegisterMutu register;

	private final MutuRepository repo;

	private final DaftarOpd daftarOpd;

	private final LayananBerkas berkas;

	private final MessageSource pesan;

	MutuController(RegisterMutu register, MutuRepository repo, DaftarOpd daftarOpd, LayananBerkas berkas, MessageSource pesan) {
		this.register = register;
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.berkas = berkas;
		this.pesan = pesan;
	}

	/** An agency on the overview: its certificate and its open and late corrective actions. */
	record BarisOpd(Opd opd, Sertifikasi sertifikasi, String berlakuSampai, long terbuka, long terlambat) {
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		Map<Long, Sertifikasi> sertifikasi = repo.sertifikasi();
		Map<Long, long[]> tindakan = repo.ringkasanTindakan(register.hariIni());
		List<BarisOpd> tercatat = new ArrayList<>();
		List<Opd> lain = new ArrayList<>();
		for (Opd o : daftarOpd.semua()) {
			if (!o.aktif() || !staf.bolehMelihat(o.id())) {
				continue;
			}
			Sertifikasi s = sertifikasi.get(o.id());
			long[] t = tindakan.getOrDefault(o.id(), new long[2]);
			if (s != null || t[0] > 0) {
				tercatat.add(new BarisOpd(o, s, s == null || s.berlakuSampai() == null ? null : Waktu.formatTanggal(s.berlakuSampai()), t[0], t[1]));
			}
			else {
				lain.add(o);
			}
		}
		tercatat.sort(Comparator.comparing(b -> b.opd().namaPendek()));
		model.addAttribute("tercatat", tercatat);
		model.addAttribute("lain", lain);
		return "mutu/daftar";
	}

	/** A corrective action as shown: its dates in words and whether it is late. */
	record BarisTindakan(Tindakan tindakan, String batas, String selesai, boolean terlambat) {
	}

	/** A finding with its corrective actions. */
	record BarisTemuan(Temuan temuan, String tanggal, List<BarisTindakan> tindakan) {
	}

	@GetMapping("/{opdId:\\d+}")
	String opd(@PathVariable long opdId, Staf staf, Model model) {
		return halamanOpd(opdId, staf, Map.of(), Map.of(), null, model);
	}

	private String halamanOpd(long opdId, Staf staf, Map<String, String> nilai, Map<String, String> galat, String formulir, Model model) {
		RegisterMutu.wajibBolehMelihat(staf, opdId);
		Opd opd = daftarOpd.cari(opdId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("mutu.opd-tidak-ada"));
		var hari = register.hariIni();
		Map<Long, List<BarisTindakan>> perTemuan = new HashMap<>();
		for (Tindakan k : repo.tindakan(opdId)) {
			perTemuan.computeIfAbsent(k.temuanId(), x -> new ArrayList<>()).add(new BarisTindakan(k, Waktu.formatTanggal(k.batas()),
					k.selesaiPada() == null ? null : Waktu.formatTanggal(k.selesaiPada()), k.terlambat(hari)));
		}
		Sertifikasi s = repo.sertifikasi().get(opdId);
		model.addAttribute("opd", opd);
		model.addAttribute("sertifikasi", s);
		model.addAttribute("berlakuSampai", s == null || s.berlakuSampai() == null ? null : Waktu.formatTanggal(s.berlakuSampai()));
		model.addAttribute("dokumen", repo.dokumen(opdId).stream().map(d -> Map.of("d", d, "mulai", Waktu.formatTanggal(d.berlakuMulai()))).toList());
		model.addAttribute("temuan", repo.temuan(opdId).stream()
			.map(t -> new BarisTemuan(t, Waktu.formatTanggal(t.tanggalAudit()), perTemuan.getOrDefault(t.id(), List.of())))
			.toList());
		model.addAttribute("tinjauan", repo.tinjauan(opdId).stream().map(t -> Map.of("t", t, "tanggal", Waktu.formatTanggal(t.tanggal()))).toList());
		model.addAttribute("kategori", pilihan(EnumSet.allOf(KategoriTemuan.class).stream().collect(Collectors.toMap(Enum::name, KategoriTemuan::kodePesan,
				(a, b) -> a, LinkedHashMap::new))));
		model.addAttribute("bolehMengubah", staf.adminAtas(opdId));
		model.addAttribute("tahunIni", hari.getYear());
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		model.addAttribute("formulir", formulir);
		model.addAttribute("kodeStatus", s == null ? StatusSertifikasi.BELUM.kodePesan() : s.status().kodePesan());
		return "mutu/opd";
	}

	private Map<String, String> pilihan(Map<String, String> kodePesan) {
		Map<String, String> hasil = new LinkedHashMap<>();
		kodePesan.forEach((k, v) -> hasil.put(k, pesan.getMessage(v, null, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		return hasil;
	}

	@PostMapping("/{opdId:\\d+}/dokumen")
	String dokumen(@PathVariable long opdId, @RequestParam Map<String, String> isian, @RequestParam(required = false) MultipartFile berkas, Staf staf,
			Model model, Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		return kirim(() -> register.tambahDokumen(staf, opdId, isian, isi(berkas)), opdId, "dokumen", "mutu.dokumen.tersimpan", isian, staf, model, bahasa,
				jawaban, redirect);
	}

	@PostMapping("/{opdId:\\d+}/temuan")
	String temuan(@PathVariable long opdId, @RequestParam Map<String, String> isian, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban,
			RedirectAttributes redirect) {
		return kirim(() -> register.tambahTemuan(staf, opdId, isian), opdId, "temuan", "mutu.temuan.tersimpan", isian, staf, model, bahasa, jawaban,
				redirect);
	}

	@PostMapping("/temuan/{id:\\d+}/tindakan")
	String tindakan(@PathVariable long id, @RequestParam Map<String, String> isian, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban,
			RedirectAttributes redirect) {
		long opdId = repo.cariTemuan(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("mutu.temuan-tidak-ada")).opdId();
		return kirim(() -> register.tambahTindakan(staf, id, isian), opdId, "tindakan-" + id, "mutu.tindakan.tersimpan", isian, staf, model, bahasa,
				jawaban, redirect);
	}

	@PostMapping("/tindakan/{id:\\d+}/selesai")
	String selesai(@PathVariable long id, Staf staf, Locale bahasa, RedirectAttributes redirect) {
		long opdId = register.selesaikan(staf, id);
		redirect.addFlashAttribute("tersimpan", pesan.getMessage("mutu.tindakan.selesai", null, bahasa));
		return "redirect:" + JALUR + "/" + opdId + "#temuan";
	}

	@PostMapping("/{opdId:\\d+}/tinjauan")
	String tinjauan(@PathVariable long opdId, @RequestParam Map<String, String> isian, @RequestParam(required = false) MultipartFile notulen, Staf staf,
			Model model, Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		return kirim(() -> register.tambahTinjauan(staf, opdId, isian, isi(notulen)), opdId, "tinjauan", "mutu.tinjauan.tersimpan", isian, staf, model,
				bahasa, jawaban, redirect);
	}

	private String kirim(java.util.function.LongSupplier langkah, long opdId, String formulir, String kodeTersimpan, Map<String, String> isian, Staf staf,
			Model model, Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			langkah.getAsLong();
			redirect.addFlashAttribute("tersimpan", pesan.getMessage(kodeTersimpan, null, bahasa));
			return "redirect:" + JALUR + "/" + opdId + "#" + formulir;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return halamanOpd(opdId, staf, isian, ex.pesan(pesan, bahasa), formulir, model);
		}
	}

	@GetMapping("/dokumen/{id:\\d+}/berkas")
	ResponseEntity<byte[]> berkasDokumen(@PathVariable long id, Staf staf) {
		var d = repo.cariDokumen(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("mutu.dokumen-tidak-ada"));
		RegisterMutu.wajibBolehMelihat(staf, d.opdId());
		return berkas.baca(d.berkas()).jawaban(CacheControl.noStore());
	}

	@GetMapping("/tinjauan/{id:\\d+}/notulen")
	ResponseEntity<byte[]> notulen(@PathVariable long id, Staf staf) {
		var t = repo.cariTinjauan(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("mutu.tinjauan-tidak-ada"));
		RegisterMutu.wajibBolehMelihat(staf, t.opdId());
		return berkas.baca(t.notulen()).jawaban(CacheControl.noStore());
	}

	/** A quadrant of the grid with its indicators and their lights. */
	record Kuadran(int nomor, String kodeJudul, List<Sel> sel) {
	}

	/** @param warna the light, null when never assessed this year */
	record Sel(Indikator18091 indikator, Warna warna, String catatan) {

		public String kelas() {
			return warna == null ? "warna-kosong" : warna.kelas();
		}

		public String kodeWarna() {
			return warna == null ? "mutu.warna.belum" : warna.kodePesan();
		}
	}

	@GetMapping("/{opdId:\\d+}/iso-18091")
	String diagnosis(@PathVariable long opdId, @RequestParam(required = false) Integer tahun, Staf staf, Model model) {
		int t = tahun == null ? register.hariIni().getYear() : tahun;
		return grid(opdId, t, null, Map.of(), staf, model);
	}

	@PostMapping("/{opdId:\\d+}/iso-18091")
	String simpanDiagnosis(@PathVariable long opdId, @RequestParam int tahun, @RequestParam Map<String, String> isian, Staf staf, Model model,
			Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		Map<String, String> warna = new HashMap<>();
		Map<String, String> catatan = new HashMap<>();
		isian.forEach((k, v) -> {
			if (k.startsWith("warna-")) {
				warna.put(k.substring("warna-".length()), v);
			}
			else if (k.startsWith("catatan-")) {
				catatan.put(k.substring("catatan-".length()), v);
			}
		});
		try {
			register.simpanDiagnosis(staf, opdId, tahun, warna, catatan);
			redirect.addFlashAttribute("tersimpan", pesan.getMessage("mutu.diagnosis.tersimpan", null, bahasa));
			return "redirect:" + JALUR + "/" + opdId + "/iso-18091?tahun=" + tahun;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return grid(opdId, tahun, isian, ex.pesan(pesan, bahasa), staf, model);
		}
	}

	private String grid(long opdId, int tahun, Map<String, String> nilai, Map<String, String> galat, Staf staf, Model model) {
		RegisterMutu.wajibBolehMelihat(staf, opdId);
		register.periksaTahun(tahun);
		Opd opd = daftarOpd.cari(opdId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("mutu.opd-tidak-ada"));
		Map<String, Diagnosis> d = repo.diagnosis(opdId, tahun);
		Map<Integer, List<Sel>> perKuadran = new LinkedHashMap<>();
		for (Indikator18091 i : register.indikator18091()) {
			Diagnosis x = d.get(i.kode());
			perKuadran.computeIfAbsent(i.kuadran(), k -> new ArrayList<>()).add(new Sel(i, x == null ? null : x.warna(), x == null ? null : x.catatan()));
		}
		List<Kuadran> kuadran = perKuadran.entrySet().stream().map(e -> new Kuadran(e.getKey(), "mutu.kuadran." + e.getKey(), e.getValue())).toList();
		Map<String, Long> jumlah = new LinkedHashMap<>();
		for (Warna w : Warna.values()) {
			jumlah.put(w.kodePesan(), d.values().stream().filter(x -> x.warna() == w).count());
		}
		model.addAttribute("opd", opd);
		model.addAttribute("tahun", tahun);
		model.addAttribute("pilihanTahun", IntStream.rangeClosed(RegisterMutu.TAHUN_AWAL, register.hariIni().getYear()).boxed()
			.sorted(Comparator.reverseOrder()).toList());
		model.addAttribute("kuadran", kuadran);
		model.addAttribute("jumlah", jumlah);
		model.addAttribute("warna", pilihan(EnumSet.allOf(Warna.class).stream().collect(Collectors.toMap(Enum::name, Warna::kodePesan, (a, b) -> a,
				LinkedHashMap::new))));
		model.addAttribute("bolehMengubah", staf.adminAtas(opdId));
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		return "mutu/iso-18091";
	}

	private static byte[] isi(MultipartFile f) {
		if (f == null || f.isEmpty()) {
			return null;
		}
		try {
			return f.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
