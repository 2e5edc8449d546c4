package id.kotacerdas.pengaduan.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.pengaduan.Aset;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Wilayah;

/** The citizen's pages: the report form, the public list and report pages, the private follow-up page. */
@Controller
@RequestMapping("/pengaduan")
class PengaduanWargaController {

	/** The confirmation page of a report reads its follow-up token from this cookie, only in the browser that filed it. */
	static final String KUE_TANDA_TERIMA = "kc-tanda-terima";

	/** Reports this browser supported ("saya juga"), so it supports each once. */
	static final String KUE_DUKUNGAN = "kc-dukungan";

	private static final int DUKUNGAN_DIINGAT = 100;

	private final PengaduanService layanan;

	private final PencarianPengaduan cari;

	private final FotoPengaduan foto;

	private final LayananBerkas berkas;

	private final Wilayah wilayah;

	private final PengaduanProperties properti;

	private final MessageSource pesan;

	private final Notifikasi notifikasi;

	private final AsetKota asetKota;

	PengaduanWargaController(PengaduanService layanan, PencarianPengaduan cari, FotoPengaduan foto, LayananBerkas berkas, Wilayah wilayah,
			PengaduanProperties properti, MessageSource pesan, Notifikasi notifikasi, AsetKota asetKota) {
		this.asetKota = asetKota;
		this.layanan = layanan;
		this.cari = cari;
		this.foto = foto;
		this.berkas = berkas;
		this.wilayah = wilayah;
		this.properti = properti;
		this.pesan = pesan;
		this.notifikasi = notifikasi;
	}

	/** A refused field as the form shows it: {@code sasaran} is the id of the element to jump to. */
	record GalatTampil(String isian, String sasaran, String kodePesan, Object[] argumen) {
	}

	/**
	 * The form; an asset's sticker opens it with {@code jenisAset} and {@code aset}: the category that
	 * asks for that kind, the asset and its place are filled in (an unknown id is named at once).
	 */
	@GetMapping("/baru")
	String formulir(@RequestParam(required = false) String jenisAset, @RequestParam(required = false) String aset, Model model) {
		MultiValueMap<String, String> isian = new LinkedMultiValueMap<>();
		List<GalatTampil> galat = new ArrayList<>();
		Optional<Kategori> kat = jenisAset == null ? Optional.empty()
				: layanan.kategori().stream().filter(k -> jenisAset.equals(k.asetJenis())).findFirst();
		if (kat.isPresent() && aset != null && !aset.isBlank()) {
			isian.add("kategori", kat.get().kode());
			isian.add("aset", aset.strip());
			try {
				asetKota.untukLaporan(kat.get(), aset).ifPresent(a -> {
					isian.set("aset", a.id());
					isian.add("lat", String.valueOf(a.lat()));
					isian.add("lon", String.valueOf(a.lon()));
				});
			}
			catch (PermintaanDitolakException ex) {
				galat.add(new GalatTampil("aset", "aset", ex.kodePesan(), ex.argumen()));
			}
		}
		isiFormulir(model, isian, galat, 0);
		return "pengaduan/formulir";
	}

	/** htmx fragment in the form: the assets of the category's kind nearest to the pin, to pick one. */
	@GetMapping("/aset-sekitar")
	String asetSekitar(@RequestParam String kategori, @RequestParam double lat, @RequestParam double lon, Model model) {
		String jenis = layanan.kategori(kategori).map(Kategori::asetJenis).orElse(null);
		model.addAttribute("asetSekitar", jenis != null && Double.isFinite(lat) && Double.isFinite(lon)
				? asetKota.terdekat(jenis, lat, lon) : List.of());
		return "pengaduan/formulir :: asetSekitar";
	}

	/**
	 * Files the report and redirects to its confirmation page (post/redirect/get). A refusal
	 * answers 4xx with the form as typed and every error at once; photos cannot be put back into
	 * a file field, so the page asks for them again (with JavaScript the page never leaves, and
	 * keeps them).
	 */
	@PostMapping
	@BatasLaju("pengaduan")
	String kirim(@RequestParam MultiValueMap<String, String> isian, @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
			HttpServletRequest permintaan, HttpServletResponse jawaban, Model model) {
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		Double[] titik = periksa.periksa("lokasi", () -> new Double[] { angka(isian.getFirst("lat")), angka(isian.getFirst("lon")) });
		List<byte[]> berkas = periksa.periksa("foto", () -> this.berkas.terimaFoto(foto));
		LaporanBaru laporan = new LaporanBaru(isian.getFirst("kategori"), isian.getFirst("deskripsi"), titik == null ? null : titik[0],
				titik == null ? null : titik[1], isian.getFirst("kelurahan"), isian.getFirst("alamat"), isian.getFirst("nama"),
				isian.getFirst("telepon"), isian.getFirst("email"), isian.containsKey("anonim"), isian.containsKey("rahasia"),
				atribut(permintaan), berkas == null ? List.of() : berkas, "web", isian.getFirst("aset"));
		try {
			if (periksa.ada()) {
				periksa.tambah(layanan.periksa(laporan));
				periksa.lempar();
			}
			TandaTerima tanda = layanan.ajukan(laporan, isian.getFirst("idPengiriman"), t -> {
			});
			jawaban.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(KUE_TANDA_TERIMA, tanda.tokenTindakLanjut())
				.path("/pengaduan/terkirim").httpOnly(true).secure(permintaan.isSecure()).sameSite("Strict")
				.maxAge(properti.lamaTandaTerima()).build().toString());
			return "redirect:/pengaduan/terkirim";
		}
		catch (PermintaanDitolakException ex) {
			// the form comes back with everything typed, under the refusal's own status (400, 413, 503 + Retry-After, …)
			jawaban.setStatus(ex instanceof IsianDitolakException ? HttpStatus.BAD_REQUEST.value() : ex.status().value());
			if (ex instanceof CobaLagiNantiException nanti) {
				jawaban.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(nanti.detik()));
			}
			List<IsianDitolakException.Galat> galat = ex instanceof IsianDitolakException i ? i.galat()
					: List.of(new IsianDitolakException.Galat("", ex.kodePesan(), ex.argumen()));
			String kategori = isian.getFirst("kategori");
			isiFormulir(model, isian,
					galat.stream().map(g -> new GalatTampil(g.isian(), sasaran(g.isian(), kategori), g.kodePesan(), g.argumen())).toList(),
					foto == null ? 0 : (int) foto.stream().filter(f -> !f.isEmpty()).count());
			return "pengaduan/formulir";
		}
	}

	/** The element a field's error points to. */
	private static String sasaran(String isian, String kategori) {
		if (isian.startsWith("atribut[") && isian.endsWith("]")) {
			return "q-" + kategori + "-" + isian.substring(8, isian.length() - 1);
		}
		return switch (isian) {
			case "kategori", "deskripsi", "alamat", "foto", "nama", "telepon", "email", "aset" -> isian;
			case "lokasi" -> "kelurahan";
			default -> "formulir-pengaduan";
		};
	}

	/**
	 * The confirmation page; it survives a reload in the browser that filed the report (for
	 * {@code kc.pengaduan.lama-tanda-terima}) and in no other, since the link it shows is private.
	 */
	@GetMapping("/terkirim")
	String terkirim(@CookieValue(name = KUE_TANDA_TERIMA, required = false) String token, Model model, Locale locale) {
		Optional<Pengaduan> p = token == null ? Optional.empty() : layanan.denganTokenBila(token);
		if (p.isEmpty()) {
			return "pengaduan/terkirim-kedaluwarsa";
		}
		Pengaduan.Isi isi = p.get().isi();
		String tautan = ServletUriComponentsBuilder.fromCurrentContextPath().path(Token.jalur(token)).toUriString();
		model.addAttribute("nomor", isi.nomor());
		model.addAttribute("tenggat", Waktu.formatTanggal(isi.tenggatSelesai()));
		model.addAttribute("tautan", tautan);
		model.addAttribute("tautanWhatsapp", "https://wa.me/?text="
				+ UriUtils.encode(pesan.getMessage("terkirim.whatsapp", new Object[] { isi.nomor(), tautan }, locale), StandardCharsets.UTF_8));
		model.addAttribute("email", isi.email());
		model.addAttribute("telepon", isi.telepon());
		return "pengaduan/terkirim";
	}

	/** Asking for a lost follow-up link again: the same answer whether or not the number and contact matched. */
	@GetMapping("/tautan")
	String tautan(Model model) {
		model.addAttribute("isian", Map.of());
		model.addAttribute("galat", List.of());
		model.addAttribute("smsTersedia", notifikasi.tersedia(Notifikasi.SMS));
		return "pengaduan/minta-tautan";
	}

	@PostMapping("/tautan")
	@BatasLaju("kirim-ulang-tautan")
	String mintaTautan(@RequestParam(defaultValue = "") String nomor, @RequestParam(defaultValue = "") String kontak,
			HttpServletRequest permintaan, HttpServletResponse jawaban, Model model) {
		List<IsianDitolakException.Galat> galat = new ArrayList<>();
		if (nomor.isBlank()) {
			galat.add(new IsianDitolakException.Galat("nomor", "tautan.nomor-wajib"));
		}
		if (kontak.isBlank()) {
			galat.add(new IsianDitolakException.Galat("kontak", "tautan.kontak-wajib"));
		}
		if (!galat.isEmpty()) {
			jawaban.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("isian", Map.of("nomor", nomor, "kontak", kontak));
			model.addAttribute("galat", galat);
			model.addAttribute("smsTersedia", notifikasi.tersedia(Notifikasi.SMS));
			return "pengaduan/minta-tautan";
		}
		layanan.mintaTautanLagi(nomor, kontak, permintaan.getRemoteAddr());
		return "redirect:/pengaduan/tautan?diminta";
	}

	/** htmx fragment under the form: open reports of the same category near the pin. */
	@GetMapping("/sekitar")
	String sekitar(@RequestParam String kategori, @RequestParam double lat, @RequestParam double lon,
			@CookieValue(name = KUE_DUKUNGAN, required = false) String dukungan, Model model) {
		model.addAttribute("sekitar", Double.isFinite(lat) && Double.isFinite(lon)
				? cari.sekitar(kategori, lat, lon, properti.radiusDuplikatMeter()) : List.of());
		model.addAttribute("didukung", didukung(dukungan));
		return "pengaduan/formulir :: sekitar";
	}

	/**
	 * "Saya juga": one more citizen has the same problem. It never files a report; each browser
	 * supports a report once, and each address only so often. From the form's "nearby" box
	 * ({@code fragmen}) the answer replaces the button; from the report page it goes back there.
	 */
	@PostMapping("/{nomor}/dukung")
	@BatasLaju("dukung")
	String dukung(@PathVariable String nomor, @RequestParam(required = false) String fragmen,
			@CookieValue(name = KUE_DUKUNGAN, required = false) String dukungan, HttpServletRequest permintaan,
			HttpServletResponse jawaban, Model model) {
		Set<String> sudah = didukung(dukungan);
		if (!sudah.contains(nomor)) {
			layanan.dukung(nomor);
			sudah.add(nomor);
			jawaban.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(KUE_DUKUNGAN, String.join(".", terakhir(sudah)))
				.path("/pengaduan").httpOnly(true).secure(permintaan.isSecure()).sameSite("Lax").maxAge(Duration.ofDays(365))
				.build().toString());
		}
		if (fragmen == null) {
			return "redirect:/pengaduan/" + nomor;
		}
		model.addAttribute("nomor", nomor);
		model.addAttribute("sudah", true);
		model.addAttribute("kodePesan", null);
		return "pengaduan/formulir :: dukungan";
	}

	/** The report numbers in the support cookie; anything else in it is ignored. */
	static Set<String> didukung(String kue) {
		Set<String> hasil = new LinkedHashSet<>();
		if (kue != null) {
			for (String nomor : kue.split("\\.")) {
				if (Penomoran.sah(nomor)) {
					hasil.add(nomor);
				}
			}
		}
		return hasil;
	}

	private static List<String> terakhir(Set<String> nomor) {
		List<String> semua = new ArrayList<>(nomor);
		return semua.subList(Math.max(0, semua.size() - DUKUNGAN_DIINGAT), semua.size());
	}

	@BacaanPublik
	@GetMapping
	String daftar(@RequestParam(required = false) String kategori, @RequestParam(required = false) String kecamatan,
			@RequestParam(required = false) String kelurahan, @RequestParam(required = false) StatusPengaduan status,
			@RequestParam(required = false) LocalDate dari, @RequestParam(required = false) LocalDate sampai,
			@RequestParam(defaultValue = "0") int halaman, Model model) {
		model.addAttribute("hasil", layanan.cari(new SaringanPengaduan(null, kategori, kecamatan, kelurahan, status, null,
				awal(dari), awal(sampai == null ? null : sampai.plusDays(1)), null, null, halaman, 20)));
		model.addAttribute("kategori", layanan.kategori());
		model.addAttribute("kecamatan", wilayah.kecamatan());
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("statusSemua", StatusPengaduan.values());
		Map<String, Object> saring = new LinkedHashMap<>();
		saring.put("kategori", kategori);
		saring.put("kecamatan", kecamatan);
		saring.put("kelurahan", kelurahan);
		saring.put("status", status);
		saring.put("dari", dari);
		saring.put("sampai", sampai);
		model.addAttribute("saring", saring);
		return "pengaduan/daftar";
	}

	@GetMapping("/{nomor:[A-Z]{2,10}-\\d{4}-\\d{6,9}}")
	String rinci(@PathVariable String nomor, @CookieValue(name = KUE_DUKUNGAN, required = false) String dukungan, Model model) {
		PengaduanPublik p = layanan.publik(nomor)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
		model.addAttribute("p", p);
		model.addAttribute("sudahDidukung", didukung(dukungan).contains(nomor));
		model.addAttribute("riwayat", cari.riwayat(layanan.muat(nomor).id(), false));
		return "pengaduan/rinci";
	}

	@GetMapping("/{nomor}/foto/{id}.jpg")
	ResponseEntity<byte[]> foto(@PathVariable String nomor, @PathVariable long id) {
		layanan.publik(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
		return foto.jawaban(layanan.muat(nomor).id(), id, false);
	}

	@GetMapping("/{nomor}/foto/{id}/kecil.jpg")
	ResponseEntity<byte[]> thumbnail(@PathVariable String nomor, @PathVariable long id) {
		layanan.publik(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
		return foto.jawaban(layanan.muat(nomor).id(), id, true);
	}

	// --- the private follow-up link ---

	@GetMapping("/tindak-lanjut/{token}")
	String tindakLanjut(@PathVariable String token, Model model) {
		Pengaduan p = layanan.denganToken(token);
		model.addAttribute("p", cari.tampilan(p.nomor()).orElseThrow());
		model.addAttribute("riwayat", cari.riwayat(p.id(), false));
		model.addAttribute("token", token);
		model.addAttribute("penilaian", p.keadaan().penilaian);
		model.addAttribute("bolehKonfirmasi", p.status() == StatusPengaduan.SELESAI);
		model.addAttribute("bolehNilai", p.status() == StatusPengaduan.SELESAI || p.status() == StatusPengaduan.DITUTUP);
		model.addAttribute("terbuka", p.status().terbuka());
		return "pengaduan/tindak-lanjut";
	}

	@PostMapping("/tindak-lanjut/{token}/informasi")
	@BatasLaju("tindak-lanjut")
	String informasi(@PathVariable String token, @RequestParam String teks, RedirectAttributes redirect) {
		layanan.tambahInformasiPelapor(token, teks);
		return kembali(token, redirect);
	}

	@PostMapping("/tindak-lanjut/{token}/konfirmasi")
	@BatasLaju("tindak-lanjut")
	String konfirmasi(@PathVariable String token, RedirectAttributes redirect) {
		layanan.konfirmasi(token);
		return kembali(token, redirect);
	}

	@PostMapping("/tindak-lanjut/{token}/buka-kembali")
	@BatasLaju("tindak-lanjut")
	String bukaKembali(@PathVariable String token, @RequestParam String alasan, RedirectAttributes redirect) {
		layanan.bukaKembali(token, alasan);
		return kembali(token, redirect);
	}

	@PostMapping("/tindak-lanjut/{token}/nilai")
	@BatasLaju("tindak-lanjut")
	String nilai(@PathVariable String token, @RequestParam int bintang, RedirectAttributes redirect) {
		layanan.nilai(token, bintang);
		return kembali(token, redirect);
	}

	@GetMapping("/tindak-lanjut/{token}/foto/{id}.jpg")
	ResponseEntity<byte[]> fotoPribadi(@PathVariable String token, @PathVariable long id) {
		return foto.jawaban(layanan.denganToken(token).id(), id, false);
	}

	private static String kembali(String token, RedirectAttributes redirect) {
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:" + Token.jalur(token);
	}


	/** The form, filled with what was typed ({@code jawaban}: the extra answers by question code) and the errors by field. */
	private void isiFormulir(Model model, MultiValueMap<String, String> isian, List<GalatTampil> galat, int fotoDikirim) {
		List<Kategori> semuaKategori = layanan.kategori();
		model.addAttribute("kategori", semuaKategori);
		// the categories that ask for an asset: the script shows the asset field only for them
		model.addAttribute("kategoriAset", semuaKategori.stream().filter(k -> k.asetJenis() != null).map(Kategori::kode).toList());
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("isian", isian.toSingleValueMap());
		// the asset typed or scanned, in words, when its category's kind knows it
		Optional<Kategori> dipilih = semuaKategori.stream().filter(k -> k.kode().equals(isian.getFirst("kategori"))).findFirst();
		Aset aset = null;
		try {
			aset = dipilih.flatMap(k -> asetKota.untukLaporan(k, isian.getFirst("aset"))).orElse(null);
		}
		catch (PermintaanDitolakException ex) {
			// unknown: the refusal beside the field says so
		}
		model.addAttribute("asetTerpilih", aset);
		Map<String, List<String>> jawaban = new LinkedHashMap<>();
		isian.forEach((nama, nilai) -> {
			if (nama.startsWith("atribut[") && nama.endsWith("]")) {
				jawaban.put(nama.substring(8, nama.length() - 1), nilai);
			}
		});
		model.addAttribute("jawaban", jawaban);
		model.addAttribute("galat", galat);
		model.addAttribute("galatIsian", galat.stream().collect(Collectors.groupingBy(GalatTampil::isian, LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("fotoDikirim", fotoDikirim);
		model.addAttribute("maksFoto", PengaduanService.MAKS_FOTO);
		model.addAttribute("maksMbFoto", berkas.batas().maksMb());
		// kept across a refused attempt: it is spent only when a report is stored
		model.addAttribute("idPengiriman", Optional.ofNullable(isian.getFirst("idPengiriman")).orElseGet(() -> UUID.randomUUID().toString()));
	}

	/** Extra answers come as {@code atribut[KODE]}, several values for multiple choice. */
	private static Map<String, List<String>> atribut(HttpServletRequest permintaan) {
		Map<String, List<String>> hasil = new LinkedHashMap<>();
		permintaan.getParameterMap().forEach((nama, nilai) -> {
			if (nama.startsWith("atribut[") && nama.endsWith("]")) {
				hasil.put(nama.substring(8, nama.length() - 1), List.of(nilai));
			}
		});
		return hasil;
	}


	private static Double angka(String teks) {
		if (teks == null || teks.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(teks.strip());
		}
		catch (NumberFormatException ex) {
			throw new PermintaanDitolakException("pengaduan.koordinat-tidak-valid");
		}
	}

	static java.time.Instant awal(LocalDate tanggal) {
		return tanggal == null ? null : tanggal.atStartOfDay(Waktu.WITA).toInstant();
	}
}
