package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.KeanggotaanTim;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The organisation tree of an agency (units, positions, holders, vacancies), its editing, and the
 * TRC team membership chosen from the employees in it.
 */
@Controller
@RequestMapping("/staf/organisasi")
@PreAuthorize(Peran.Akses.STAF)
class OrganisasiController {

	private final OrganisasiService layanan;

	private final KeanggotaanTim keanggotaan;

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	OrganisasiController(OrganisasiService layanan, KeanggotaanTim keanggotaan, KatalogReferensi referensi, DaftarOpd daftarOpd,
			MessageSource pesan) {
		this.layanan = layanan;
		this.keanggotaan = keanggotaan;
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	/** The agencies whose trees the staff member may read: their own goes straight to it. */
	@GetMapping
	String daftar(Staf staf, Model model) {
		List<Opd> opd = daftarOpd.semua().stream().filter(Opd::aktif).filter(o -> layanan.bolehMelihat(staf, o.id())).toList();
		if (opd.isEmpty()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
		if (opd.size() == 1) {
			return "redirect:/staf/organisasi/" + opd.get(0).id();
		}
		model.addAttribute("daftarOpd", opd);
		return "kepegawaian/organisasi-daftar";
	}

	@GetMapping("/{opdId}")
	String pohon(@PathVariable long opdId, Staf staf, Model model, Locale locale) {
		return tampilPohon(opdId, staf, Map.of(), Map.of(), model, locale);
	}

	@PostMapping("/{opdId}/unit")
	String tambahUnit(@PathVariable long opdId, @RequestParam(required = false) Long indukId, @RequestParam(required = false) String nama,
			Staf staf, Model model, Locale locale, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			UnitKerja u = layanan.tambahUnit(staf, opdId, indukId, nama);
			redirect.addFlashAttribute("sukses", u.nama());
			return "redirect:/staf/organisasi/" + opdId;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilPohon(opdId, staf, awali("unit.", ex.pesan(pesan, locale)), awali("unit.", nilai("indukId", indukId, "nama", nama)),
					model, locale);
		}
	}

	@PostMapping("/{opdId}/jabatan")
	String tambahJabatan(@PathVariable long opdId, @RequestParam Map<String, String> isian, Staf staf, Model model, Locale locale,
			HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			Jabatan j = simpan(staf, opdId, null, isian);
			redirect.addFlashAttribute("sukses", j.nama());
			return "redirect:/staf/organisasi/" + opdId;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilPohon(opdId, staf, awali("jabatan.", ex.pesan(pesan, locale)), awali("jabatan.", isian), model, locale);
		}
	}

	@GetMapping("/{opdId}/jabatan/{id}")
	String jabatan(@PathVariable long opdId, @PathVariable long id, Staf staf, Model model, Locale locale) {
		return tampilJabatan(opdId, id, staf, Map.of(), Map.of(), model, locale);
	}

	@PostMapping("/{opdId}/jabatan/{id}")
	String ubahJabatan(@PathVariable long opdId, @PathVariable long id, @RequestParam Map<String, String> isian, Staf staf, Model model,
			Locale locale, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			Jabatan j = simpan(staf, opdId, id, isian);
			redirect.addFlashAttribute("sukses", j.nama());
			return "redirect:/staf/organisasi/" + opdId + "/jabatan/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilJabatan(opdId, id, staf, awali("jabatan.", ex.pesan(pesan, locale)), awali("jabatan.", isian), model, locale);
		}
	}

	@PostMapping("/{opdId}/jabatan/{id}/pemangku")
	String angkat(@PathVariable long opdId, @PathVariable long id, @RequestParam Map<String, String> isian, Staf staf, Model model,
			Locale locale, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
			LocalDate mulai = periksa.periksa("mulai", () -> tanggal(isian.get("mulai")));
			LocalDate selesai = periksa.periksa("selesai", () -> tanggal(isian.get("selesai")));
			periksa.lempar();
			layanan.angkat(staf, opdId, id, isian.get("nip"), jenis(isian.get("jenis")), mulai, selesai, isian.get("nomorSk"));
			redirect.addFlashAttribute("sukses", isian.get("nip"));
			return "redirect:/staf/organisasi/" + opdId + "/jabatan/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilJabatan(opdId, id, staf, awali("pemangku.", ex.pesan(pesan, locale)), awali("pemangku.", isian), model, locale);
		}
	}

	@PostMapping("/{opdId}/jabatan/{id}/pemangku/{pemangkuId}/akhiri")
	String akhiri(@PathVariable long opdId, @PathVariable long id, @PathVariable long pemangkuId,
			@RequestParam(required = false) String selesai, Staf staf, Model model, Locale locale, HttpServletResponse jawaban,
			RedirectAttributes redirect) {
		try {
			IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
			LocalDate akhir = periksa.periksa("selesai", () -> tanggal(selesai));
			periksa.lempar();
			layanan.akhiri(staf, opdId, id, pemangkuId, akhir);
			redirect.addFlashAttribute("sukses", selesai);
			return "redirect:/staf/organisasi/" + opdId + "/jabatan/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tampilJabatan(opdId, id, staf, awali("akhiri.", ex.pesan(pesan, locale)), Map.of(), model, locale);
		}
	}

	/** The employees of the tree who have accounts, each with their TRC team, for the agency's administrator. */
	@GetMapping("/{opdId}/tim-trc")
	String timTrc(@PathVariable long opdId, Staf staf, Model model, Locale locale) {
		StrukturOrganisasi s = layanan.baca(staf, opdId);
		if (!staf.adminAtas(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
		LocalDate hariIni = layanan.hariIni();
		Map<Long, Pegawai> pegawai = layanan.pegawai(opdId);
		// the tree's holders today, each once, in the tree's order
		List<Pegawai> diPohon = s.jabatan().stream()
			.flatMap(j -> s.pemangkuPada(j.id(), hariIni).stream())
			.map(p -> pegawai.get(p.pegawaiId()))
			.filter(p -> p != null)
			.distinct()
			.toList();
		Map<String, Staf> akun = keanggotaan.akunPegawai(diPohon.stream().map(Pegawai::nip).toList());
		Map<Long, String> jabatanPegawai = new HashMap<>();
		for (Pegawai p : diPohon) {
			s.jabatanDefinitif(p.id(), hariIni).ifPresent(j -> jabatanPegawai.put(p.id(), j.nama()));
		}
		model.addAttribute("opd", daftarOpd.cari(opdId).orElseThrow());
		model.addAttribute("pegawai", diPohon.stream().filter(p -> akun.containsKey(p.nip())).toList());
		model.addAttribute("tanpaAkun", diPohon.stream().filter(p -> !akun.containsKey(p.nip())).toList());
		model.addAttribute("akun", akun);
		model.addAttribute("jabatanPegawai", jabatanPegawai);
		model.addAttribute("tim", keanggotaan.timOpd(opdId));
		model.addAttribute("namaTim", keanggotaan.timOpd(opdId).stream().collect(Collectors.toMap(TimTrc::id, TimTrc::nama)));
		model.addAttribute("bolehAnggota", Set.of(Peran.PETUGAS_TRC, Peran.PEGAWAI));
		return "kepegawaian/organisasi-tim";
	}

	@PostMapping("/{opdId}/tim-trc")
	String aturTim(@PathVariable long opdId, @RequestParam long akunId, @RequestParam(required = false) String timId, Staf staf,
			RedirectAttributes redirect) {
		layanan.baca(staf, opdId);
		Staf s = keanggotaan.aturTim(staf, akunId, timId == null || timId.isBlank() ? null : angka(timId));
		redirect.addFlashAttribute("sukses", s.nama());
		return "redirect:/staf/organisasi/" + opdId + "/tim-trc";
	}

	private Jabatan simpan(Staf staf, long opdId, Long id, Map<String, String> isian) {
		return layanan.simpanJabatan(staf, opdId, id, angka(isian.get("unitId")), isian.get("nama"), isian.get("jenisJabatan"),
				isian.get("eselon"), angka(isian.get("atasanId")));
	}

	private String tampilPohon(long opdId, Staf staf, Map<String, String> galat, Map<String, String> nilai, Model model, Locale locale) {
		StrukturOrganisasi s = layanan.baca(staf, opdId);
		isiModel(opdId, s, staf, model, locale);
		LocalDate hariIni = layanan.hariIni();
		model.addAttribute("pohon", s.pohon());
		model.addAttribute("lowong", s.lowong(hariIni));
		model.addAttribute("galat", galat);
		model.addAttribute("nilai", nilai);
		return "kepegawaian/organisasi";
	}

	private String tampilJabatan(long opdId, long id, Staf staf, Map<String, String> galat, Map<String, String> nilai, Model model,
			Locale locale) {
		StrukturOrganisasi s = layanan.baca(staf, opdId);
		Jabatan j = s.jabatan(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("organisasi.jabatan-tidak-ada"));
		isiModel(opdId, s, staf, model, locale);
		model.addAttribute("j", j);
		model.addAttribute("riwayat", s.riwayatPemangku(id));
		Map<String, String> isian = new HashMap<>(Map.of("jabatan.nama", j.nama(), "jabatan.unitId", String.valueOf(j.unitId()),
				"jabatan.jenisJabatan", j.jenisJabatan(), "jabatan.eselon", j.eselon(), "jabatan.atasanId",
				j.atasanId() == null ? "" : String.valueOf(j.atasanId())));
		isian.putAll(nilai);
		model.addAttribute("nilai", isian);
		model.addAttribute("galat", galat);
		// a position cannot report to itself or to one below it
		model.addAttribute("pilihanAtasan", s.jabatan().stream().filter(x -> !s.diBawah(x.id(), id)).toList());
		return "kepegawaian/organisasi-jabatan";
	}

	private void isiModel(long opdId, StrukturOrganisasi s, Staf staf, Model model, Locale locale) {
		LocalDate hariIni = layanan.hariIni();
		model.addAttribute("opd", daftarOpd.cari(opdId).orElseThrow());
		model.addAttribute("struktur", s);
		model.addAttribute("hariIni", hariIni);
		Map<Long, Pegawai> pegawai = layanan.pegawai(opdId);
		model.addAttribute("pegawai", pegawai);
		model.addAttribute("bolehMengubah", layanan.bolehMengubah(staf, opdId));
		model.addAttribute("bolehAturTim", staf.adminAtas(opdId));
		model.addAttribute("namaUnit", s.unit().stream().collect(Collectors.toMap(UnitKerja::id, UnitKerja::nama)));
		model.addAttribute("namaJabatan", s.jabatan().stream().collect(Collectors.toMap(Jabatan::id, Jabatan::nama)));
		Map<String, Map<String, String>> label = new LinkedHashMap<>();
		for (String jenis : List.of(KatalogReferensi.JENIS_JABATAN, KatalogReferensi.ESELON)) {
			label.put(jenis, referensi.daftar(jenis).stream()
				.collect(Collectors.toMap(Referensi::kode, r -> r.label(locale), (a, b) -> a, LinkedHashMap::new)));
		}
		model.addAttribute("label", label);
		model.addAttribute("jenisPemangku", JenisPemangku.values());
		model.addAttribute("pegawaiUrut", pegawai.values().stream().sorted(Comparator.comparing(Pegawai::nama)).toList());
	}

	/** Field names of the page's several forms are kept apart by a prefix, so each shows its own problems. */
	private static Map<String, String> awali(String awalan, Map<String, String> isi) {
		Map<String, String> hasil = new LinkedHashMap<>();
		isi.forEach((k, v) -> hasil.put(awalan + k, v));
		return hasil;
	}

	private static Map<String, String> nilai(String k1, Object v1, String k2, Object v2) {
		Map<String, String> hasil = new HashMap<>();
		hasil.put(k1, v1 == null ? "" : v1.toString());
		hasil.put(k2, v2 == null ? "" : v2.toString());
		return hasil;
	}

	private static JenisPemangku jenis(String teks) {
		for (JenisPemangku j : JenisPemangku.values()) {
			if (j.name().equals(teks)) {
				return j;
			}
		}
		return null;
	}

	private static LocalDate tanggal(String teks) {
		if (teks == null || teks.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(teks.strip());
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("galat.isian.typeMismatch");
		}
	}

	private static Long angka(String teks) {
		try {
			return teks == null || teks.isBlank() ? null : Long.valueOf(teks.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
