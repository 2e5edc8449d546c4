package id.kotacerdas.pasar.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.pasar.internal.ReferensiRepository.DataKomoditas;
import id.kotacerdas.pasar.internal.ReferensiRepository.DataPasar;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Wilayah;

/** Edit pages of the reference data for the market agency's administrators and Kominfo. */
@Controller
@RequestMapping("/staf/pasar/referensi")
@PreAuthorize(Peran.Akses.STAF)
class ReferensiController {

	private static final String JALUR = "/staf/pasar/referensi";

	private final ReferensiPasar referensi;

	private final ReferensiRepository repo;

	private final Wilayah wilayah;

	private final MessageSource pesan;

	private final KotaProperties kota;

	ReferensiController(ReferensiPasar referensi, ReferensiRepository repo, Wilayah wilayah, MessageSource pesan, KotaProperties kota) {
		this.kota = kota;
		this.referensi = referensi;
		this.repo = repo;
		this.wilayah = wilayah;
		this.pesan = pesan;
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		referensi.wajibBoleh(staf);
		model.addAttribute("komoditas", repo.semuaKomoditas());
		model.addAttribute("pasar", repo.semuaPasar());
		return "pasar/referensi";
	}

	@GetMapping("/komoditas/baru")
	String komoditasBaru(Staf staf, Model model) {
		referensi.wajibBoleh(staf);
		return komoditas(null, Map.of("aktif", "true"), Map.of(), model);
	}

	@GetMapping("/komoditas/{id}")
	String komoditasUbah(@PathVariable long id, Staf staf, Model model) {
		referensi.wajibBoleh(staf);
		DataKomoditas k = cariKomoditas(id);
		return komoditas(k, isian(k), Map.of(), model);
	}

	@PostMapping({ "/komoditas/baru", "/komoditas/{id}" })
	String simpanKomoditas(@PathVariable(required = false) Long id, @RequestParam Map<String, String> isian, Staf staf, Model model,
			HttpServletResponse jawaban, Locale bahasa, RedirectAttributes redirect) {
		try {
			long disimpan = referensi.simpanKomoditas(staf, id, isian);
			redirect.addFlashAttribute("tersimpan", isian.get("nama"));
			return "redirect:" + JALUR + "/komoditas/" + disimpan;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return komoditas(id == null ? null : cariKomoditas(id), isian, ex.pesan(pesan, bahasa), model);
		}
	}

	@PostMapping("/komoditas/{id}/konversi")
	String tambahKonversi(@PathVariable long id, @RequestParam Map<String, String> isian, Staf staf, Model model, HttpServletResponse jawaban,
			Locale bahasa) {
		try {
			referensi.tambahKonversi(staf, id, isian);
			return "redirect:" + JALUR + "/komoditas/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			DataKomoditas k = cariKomoditas(id);
			model.addAttribute("isianKonversi", isian);
			return komoditas(k, isian(k), prefiks("konversi.", ex.pesan(pesan, bahasa)), model);
		}
	}

	@PostMapping("/komoditas/{id}/konversi/hapus")
	String hapusKonversi(@PathVariable long id, @RequestParam String dari, @RequestParam String ke, Staf staf) {
		referensi.hapusKonversi(staf, id, dari, ke);
		return "redirect:" + JALUR + "/komoditas/" + id;
	}

	@PostMapping("/komoditas/{id}/acuan")
	String tambahAcuan(@PathVariable long id, @RequestParam Map<String, String> isian, Staf staf, Model model, HttpServletResponse jawaban,
			Locale bahasa) {
		try {
			referensi.tambahAcuan(staf, id, isian);
			return "redirect:" + JALUR + "/komoditas/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			DataKomoditas k = cariKomoditas(id);
			model.addAttribute("isianAcuan", isian);
			return komoditas(k, isian(k), prefiks("acuan.", ex.pesan(pesan, bahasa)), model);
		}
	}

	@PostMapping("/komoditas/{id}/acuan/{acuan}/hapus")
	String hapusAcuan(@PathVariable long id, @PathVariable long acuan, Staf staf) {
		referensi.hapusAcuan(staf, id, acuan);
		return "redirect:" + JALUR + "/komoditas/" + id;
	}

	@GetMapping("/pasar/baru")
	String pasarBaru(Staf staf, Model model) {
		referensi.wajibBoleh(staf);
		return pasar(null, Map.of("aktif", "true", "jenis", JenisPasar.TRADISIONAL.name()), List.of(1, 2, 3, 4, 5, 6, 7), Map.of(), model);
	}

	@GetMapping("/pasar/{id}")
	String pasarUbah(@PathVariable long id, Staf staf, Model model) {
		referensi.wajibBoleh(staf);
		DataPasar p = cariPasar(id);
		Map<String, String> isian = new java.util.HashMap<>();
		isian.put("nama", p.nama());
		isian.put("kelurahan", p.kelurahanKode() == null ? "" : p.kelurahanKode());
		isian.put("lat", p.lat() == null ? "" : p.lat().toString());
		isian.put("lon", p.lon() == null ? "" : p.lon().toString());
		isian.put("jenis", p.jenis());
		isian.put("aktif", String.valueOf(p.aktif()));
		return pasar(p, isian, p.hariBuka(), Map.of(), model);
	}

	@PostMapping({ "/pasar/baru", "/pasar/{id}" })
	String simpanPasar(@PathVariable(required = false) Long id, @RequestParam Map<String, String> isian,
			@RequestParam(required = false) List<String> hariBuka, Staf staf, Model model, HttpServletResponse jawaban, Locale bahasa,
			RedirectAttributes redirect) {
		try {
			long disimpan = referensi.simpanPasar(staf, id, isian, hariBuka);
			redirect.addFlashAttribute("tersimpan", isian.get("nama"));
			return "redirect:" + JALUR + "/pasar/" + disimpan;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			List<Integer> hari = hariBuka == null ? List.of()
					: hariBuka.stream().filter(h -> h.matches("[1-7]")).map(Integer::valueOf).toList();
			return pasar(id == null ? null : cariPasar(id), isian, hari, ex.pesan(pesan, bahasa), model);
		}
	}

	private String komoditas(DataKomoditas k, Map<String, String> isian, Map<String, String> galat, Model model) {
		model.addAttribute("k", k);
		model.addAttribute("isian", isian);
		model.addAttribute("galat", galat);
		model.addAttribute("panjangNama", ReferensiPasar.PANJANG_NAMA);
		model.addAttribute("daftarSatuan", ReferensiPasar.SATUAN);
		model.addAttribute("jenisAcuan", ReferensiPasar.JENIS_ACUAN);
		if (!model.containsAttribute("isianKonversi")) {
			model.addAttribute("isianKonversi", Map.of());
		}
		if (!model.containsAttribute("isianAcuan")) {
			model.addAttribute("isianAcuan", Map.of());
		}
		if (k != null) {
			model.addAttribute("konversi", repo.konversi(k.id()));
			model.addAttribute("acuan", repo.acuan(k.id()));
		}
		return "pasar/referensi-komoditas";
	}

	private String pasar(DataPasar p, Map<String, String> isian, List<Integer> hariBuka, Map<String, String> galat, Model model) {
		model.addAttribute("p", p);
		model.addAttribute("isian", isian);
		model.addAttribute("hariBuka", hariBuka);
		model.addAttribute("galat", galat);
		model.addAttribute("panjangNama", ReferensiPasar.PANJANG_NAMA);
		model.addAttribute("daftarJenis", JenisPasar.values());
		model.addAttribute("daftarKelurahan", wilayah.kelurahan());
		model.addAttribute("pusat", kota.pusatPeta());
		return "pasar/referensi-pasar";
	}

	private static Map<String, String> isian(DataKomoditas k) {
		Map<String, String> m = new java.util.HashMap<>();
		m.put("nama", k.nama());
		m.put("varian", k.varian() == null ? "" : k.varian());
		m.put("satuan", k.satuan());
		m.put("kodePihps", k.kodePihps() == null ? "" : k.kodePihps());
		m.put("kodeBapanas", k.kodeBapanas() == null ? "" : k.kodeBapanas());
		m.put("kodeSp2kp", k.kodeSp2kp() == null ? "" : k.kodeSp2kp());
		m.put("lokal", String.valueOf(k.lokal()));
		m.put("urutan", String.valueOf(k.urutan()));
		m.put("aktif", String.valueOf(k.aktif()));
		return m;
	}

	/** The sub-forms' fields are named apart from the commodity form's (both have "harga"-like names). */
	private static Map<String, String> prefiks(String awal, Map<String, String> galat) {
		Map<String, String> m = new java.util.LinkedHashMap<>();
		galat.forEach((k, v) -> m.put(awal + k, v));
		return m;
	}

	private DataKomoditas cariKomoditas(long id) {
		return repo.komoditas(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.referensi.tidak-ditemukan"));
	}

	private DataPasar cariPasar(long id) {
		return repo.pasar(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.tidak-ditemukan"));
	}
}
