package id.kotacerdas.pelatihan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * The trainer's check-in page, opened by the link the organising agency gave them (no account: trainers are often
 * partners such as Bank NTT). The page carries the session's list of codes, so it checks and queues scans with no
 * network, and sends them when it is back; the link's token authenticates the sync, so it needs no session cookie or
 * CSRF token that may have expired while the phone was offline.
 */
@Controller
class AbsenController {

	private final LayananPelatihan layanan;

	private final PenyajiPelatihan penyaji;

	private final ObjectMapper json;

	AbsenController(LayananPelatihan layanan, PenyajiPelatihan penyaji, ObjectMapper json) {
		this.layanan = layanan;
		this.penyaji = penyaji;
		this.json = json;
	}

	@GetMapping("/pelatihan/absen/{sesiId:\\d+}/{token}")
	String halaman(@PathVariable long sesiId, @PathVariable String token, Model model, Locale bahasa, HttpServletResponse jawaban) {
		Rekaman.Sesi s = layanan.sesiAbsen(sesiId, token);
		jawaban.setHeader("Cache-Control", "no-store");
		jawaban.setHeader("Referrer-Policy", "no-referrer");
		Map<String, Object> daftar = new LinkedHashMap<>();
		for (Rekaman.Peserta ps : layanan.peserta(sesiId)) {
			daftar.put(ps.kode(), Map.of("nama", ps.nama(), "usaha", ps.namaUsaha(), "hadir", ps.hadir() != null));
		}
		model.addAttribute("t", penyaji.sesi(s, bahasa));
		model.addAttribute("daftar", daftar);
		// in a script element: no "</script>" from a typed name may close it
		model.addAttribute("json", json.writeValueAsString(daftar).replace("<", "\\u003c"));
		model.addAttribute("aksi", "/pelatihan/absen/" + sesiId + "/" + token);
		return "pelatihan/absen";
	}

	/** The scans a phone queued: each answered on its own, so one unknown code does not hold back the rest. */
	record Kiriman(List<LayananPelatihan.Pindaian> pindaian) {
	}

	@PostMapping(value = "/pelatihan/absen/{sesiId:\\d+}/{token}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<LayananPelatihan.HasilAbsen> kirim(@PathVariable long sesiId, @PathVariable String token, @RequestBody Kiriman kiriman) {
		Rekaman.Sesi s = layanan.sesiAbsen(sesiId, token);
		if (kiriman.pindaian() == null || kiriman.pindaian().size() > s.kuota() * 2 + 10) {
			throw new id.kotacerdas.platform.PermintaanDitolakException("pelatihan.absen.kiriman-tidak-sah");
		}
		return layanan.absen(s, kiriman.pindaian());
	}
}
