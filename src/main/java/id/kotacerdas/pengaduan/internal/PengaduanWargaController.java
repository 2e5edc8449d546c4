package id.kotacerdas.pengaduan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Wilayah;

/** The citizen's pages: the report form, the public list and report pages, the private follow-up page. */
@Controller
@RequestMapping("/pengaduan")
class PengaduanWargaController {

	private final PengaduanService layanan;

	private final PencarianPengaduan cari;

	private final PengaduanRepository repo;

	private final Wilayah wilayah;

	private final PengaduanProperties properti;

	PengaduanWargaController(PengaduanService layanan, PencarianPengaduan cari, PengaduanRepository repo, Wilayah wilayah,
			PengaduanProperties properti) {
		this.layanan = layanan;
		this.cari = cari;
		this.repo = repo;
		this.wilayah = wilayah;
		this.properti = properti;
	}

	@GetMapping("/baru")
	String formulir(Model model) {
		isiFormulir(model, Map.of());
		return "pengaduan/formulir";
	}

	@PostMapping
	@BatasLaju("pengaduan")
	String kirim(@RequestParam Map<String, String> isian, @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
			HttpServletRequest permintaan, HttpServletResponse jawaban, Model model, RedirectAttributes redirect) {
		try {
			TandaTerima tanda = layanan.ajukan(new LaporanBaru(isian.get("kategori"), isian.get("deskripsi"),
					angka(isian.get("lat")), angka(isian.get("lon")), isian.get("kelurahan"), isian.get("alamat"),
					isian.get("nama"), isian.get("telepon"), isian.get("email"), isian.containsKey("anonim"),
					isian.containsKey("rahasia"), atribut(permintaan), bytes(foto), "web"), isian.get("idPengiriman"), t -> {
					});
			redirect.addFlashAttribute("tanda", tanda);
			return "redirect:/pengaduan/terkirim";
		}
		catch (PermintaanDitolakException ex) {
			// the form comes back with everything typed, under the refusal's own status (413, 503 + Retry-After, …)
			jawaban.setStatus(ex.status().value());
			if (ex instanceof CobaLagiNantiException nanti) {
				jawaban.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(nanti.detik()));
			}
			model.addAttribute("galat", ex);
			isiFormulir(model, isian);
			return "pengaduan/formulir";
		}
	}

	@GetMapping("/terkirim")
	String terkirim(Model model) {
		if (!model.containsAttribute("tanda")) {
			return "redirect:/pengaduan/baru";
		}
		TandaTerima tanda = (TandaTerima) model.getAttribute("tanda");
		model.addAttribute("tenggat", Waktu.formatTanggal(tanda.tenggatSelesai()));
		model.addAttribute("tautan", "/pengaduan/tindak-lanjut/" + tanda.tokenTindakLanjut());
		return "pengaduan/terkirim";
	}

	/** htmx fragment under the form: open reports of the same category near the pin. */
	@GetMapping("/sekitar")
	String sekitar(@RequestParam String kategori, @RequestParam double lat, @RequestParam double lon, Model model) {
		model.addAttribute("sekitar", Double.isFinite(lat) && Double.isFinite(lon)
				? cari.sekitar(kategori, lat, lon, properti.radiusDuplikatMeter()) : List.of());
		return "pengaduan/formulir :: sekitar";
	}

	@PostMapping("/{nomor}/dukung")
	@BatasLaju("dukung")
	String dukung(@PathVariable String nomor, RedirectAttributes redirect) {
		layanan.dukung(nomor);
		redirect.addFlashAttribute("sukses", "form.dukungan");
		return "redirect:/pengaduan/" + nomor;
	}

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
	String rinci(@PathVariable String nomor, Model model) {
		PengaduanPublik p = layanan.publik(nomor)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
		model.addAttribute("p", p);
		model.addAttribute("riwayat", cari.riwayat(layanan.muat(nomor).id(), false));
		return "pengaduan/rinci";
	}

	@GetMapping("/{nomor}/foto/{id}.jpg")
	ResponseEntity<byte[]> foto(@PathVariable String nomor, @PathVariable long id) {
		layanan.publik(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
		return jpeg(repo.foto(layanan.muat(nomor).id(), id, false));
	}

	@GetMapping("/{nomor}/foto/{id}/kecil.jpg")
	ResponseEntity<byte[]> thumbnail(@PathVariable String nomor, @PathVariable long id) {
		layanan.publik(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
		return jpeg(repo.foto(layanan.muat(nomor).id(), id, true));
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
		return jpeg(repo.foto(layanan.denganToken(token).id(), id, false));
	}

	private static String kembali(String token, RedirectAttributes redirect) {
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/pengaduan/tindak-lanjut/" + token;
	}

	static ResponseEntity<byte[]> jpeg(java.util.Optional<byte[]> foto) {
		byte[] isi = foto.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", "foto"));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate())
			.body(isi);
	}

	private void isiFormulir(Model model, Map<String, String> isian) {
		model.addAttribute("kategori", layanan.kategori());
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("isian", isian);
		// kept across a refused attempt: it is spent only when a report is stored
		model.addAttribute("idPengiriman", isian.getOrDefault("idPengiriman", UUID.randomUUID().toString()));
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

	private static List<byte[]> bytes(List<MultipartFile> foto) {
		List<byte[]> hasil = new ArrayList<>();
		if (foto != null) {
			for (MultipartFile f : foto) {
				if (!f.isEmpty()) {
					if (f.getSize() > PengolahFoto.MAKS_BYTE) {
						throw new PermintaanDitolakException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "pengaduan.foto-terlalu-besar", 10);
					}
					try {
						hasil.add(f.getBytes());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		}
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
