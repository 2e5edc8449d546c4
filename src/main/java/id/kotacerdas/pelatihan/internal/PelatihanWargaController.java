package id.kotacerdas.pelatihan.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.kotacerdas.dokumen.PenerbitDokumen;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KodeQr;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The business owner's side: upcoming sessions, signing up on a phone, the private page with the check-in QR code and
 * the certificate, and the follow-up form three months later.
 */
@Controller
class PelatihanWargaController {

	/** Pixels a side of a participant's check-in code: sharp on a phone screen at any zoom a trainer's camera needs. */
	private static final int SISI_QR = 240;

	static final int BATAS_SESI = 50;

	private final LayananPelatihan layanan;

	private final PelatihanRepository repo;

	private final PenyajiPelatihan penyaji;

	private final PenerbitDokumen penerbit;

	private final MessageSource pesan;

	private final java.time.Clock clock;

	PelatihanWargaController(LayananPelatihan layanan, PelatihanRepository repo, PenyajiPelatihan penyaji, PenerbitDokumen penerbit,
			MessageSource pesan, java.time.Clock clock) {
		this.clock = clock;
		this.layanan = layanan;
		this.repo = repo;
		this.penyaji = penyaji;
		this.penerbit = penerbit;
		this.pesan = pesan;
	}

	@GetMapping("/pelatihan")
	String daftar(Model model, Locale bahasa) {
		model.addAttribute("sesi", penyaji.sesi(repo.sesiMendatang(clock.instant(), BATAS_SESI), bahasa));
		return "pelatihan/publik-daftar";
	}

	@GetMapping("/pelatihan/sesi/{id:\\d+}")
	String formulir(@PathVariable long id, Model model, Locale bahasa) {
		return formulir(id, new LayananPelatihan.FormulirPeserta(null, null, null, null, null), Map.of(), model, bahasa);
	}

	@PostMapping("/pelatihan/sesi/{id:\\d+}")
	@BatasLaju("pelatihan-daftar")
	String daftar(@PathVariable long id, @ModelAttribute LayananPelatihan.FormulirPeserta f, Model model, Locale bahasa,
			HttpServletResponse jawaban) {
		try {
			LayananPelatihan.Pendaftaran p = layanan.daftar(id, f, null, bahasa);
			jawaban.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("p", p);
			model.addAttribute("t", penyaji.sesi(layanan.sesi(id), bahasa));
			return "pelatihan/terdaftar";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return formulir(id, f, ex.pesan(pesan, bahasa), model, bahasa);
		}
	}

	private String formulir(long id, LayananPelatihan.FormulirPeserta f, Map<String, String> galat, Model model, Locale bahasa) {
		model.addAttribute("t", penyaji.sesi(layanan.sesi(id), bahasa));
		model.addAttribute("f", f);
		model.addAttribute("galat", galat);
		model.addAttribute("kelurahan", penyaji.pilihanKelurahan());
		return "pelatihan/publik-sesi";
	}

	/** The participant's private page: the check-in code, whether they attended, their certificate. */
	@GetMapping("/pelatihan/peserta/{kode}/{token}")
	String peserta(@PathVariable String kode, @PathVariable String token, Model model, Locale bahasa, HttpServletResponse jawaban) {
		Rekaman.Peserta ps = layanan.pesertaDenganTautan(kode, token);
		jawaban.setHeader("Cache-Control", "no-store");
		model.addAttribute("ps", ps);
		model.addAttribute("t", penyaji.sesi(layanan.sesi(ps.sesiId()), bahasa));
		model.addAttribute("hadir", ps.hadir() == null ? null : Waktu.formatTanggalJam(ps.hadir()));
		model.addAttribute("qr", LayananPelatihan.tautanPeserta(kode, token) + "/qr.png");
		model.addAttribute("sertifikat", ps.dokumenId() == null ? null : penerbit.cari(ps.dokumenId()).orElse(null));
		model.addAttribute("unduh", ps.dokumenId() == null ? null : penerbit.tautanUnduh(ps.dokumenId()));
		return "pelatihan/peserta";
	}

	@GetMapping(value = "/pelatihan/peserta/{kode}/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String kode, @PathVariable String token) {
		Rekaman.Peserta ps = layanan.pesertaDenganTautan(kode, token);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(KodeQr.png(ps.kode(), SISI_QR));
	}

	@GetMapping("/pelatihan/tindak-lanjut/{kode}/{token}")
	String tindakLanjut(@PathVariable String kode, @PathVariable String token, Model model, Locale bahasa, HttpServletResponse jawaban) {
		return tindakLanjut(kode, token, new LayananPelatihan.FormulirTindakLanjut(null, null, null, null), Map.of(), model, bahasa, jawaban);
	}

	@PostMapping("/pelatihan/tindak-lanjut/{kode}/{token}")
	String jawab(@PathVariable String kode, @PathVariable String token, @ModelAttribute LayananPelatihan.FormulirTindakLanjut f, Model model,
			Locale bahasa, HttpServletResponse jawaban) {
		try {
			boolean baru = layanan.jawabTindakLanjut(kode, token, f);
			model.addAttribute("pesan", baru ? "pelatihan.tindak-lanjut.terima-kasih" : "pelatihan.tindak-lanjut.sudah");
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return tindakLanjut(kode, token, f, ex.pesan(pesan, bahasa), model, bahasa, jawaban);
		}
		return tindakLanjut(kode, token, f, Map.of(), model, bahasa, jawaban);
	}

	private String tindakLanjut(String kode, String token, LayananPelatihan.FormulirTindakLanjut f, Map<String, String> galat, Model model,
			Locale bahasa, HttpServletResponse jawaban) {
		LayananPelatihan.TindakLanjutPeserta tp = layanan.tindakLanjutDenganTautan(kode, token);
		jawaban.setHeader("Cache-Control", "no-store");
		model.addAttribute("tp", tp);
		model.addAttribute("aksi", "/pelatihan/tindak-lanjut/" + kode + "/" + token);
		model.addAttribute("t", penyaji.sesi(layanan.sesi(tp.peserta().sesiId()), bahasa));
		model.addAttribute("f", f);
		model.addAttribute("galat", galat);
		return "pelatihan/tindak-lanjut";
	}
}
