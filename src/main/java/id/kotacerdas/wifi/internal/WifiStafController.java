package id.kotacerdas.wifi.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;

/** The registry for Dinas Kominfo (leadership reads): hotspots with their health, the form, heartbeat tokens, coverage. */
@Controller
@RequestMapping("/staf/wifi")
@PreAuthorize(Peran.Akses.KOMINFO_DAN_PIMPINAN)
class WifiStafController {

	private static final String JALUR = "/staf/wifi";

	/** Months of uptime shown on a hotspot's page. */
	private static final int BULAN_RIWAYAT = 6;

	private final RegisterWifi register;

	private final HotspotRepository repo;

	private final PenyajiWifi penyaji;

	private final KesehatanWifi kesehatan;

	private final CakupanWifi cakupan;

	private final Wilayah wilayah;

	private final WifiProperties properti;

	private final MessageSource pesan;

	private final Clock clock;

	private final LayananPengaduan pengaduan;

	WifiStafController(RegisterWifi register, HotspotRepository repo, PenyajiWifi penyaji, KesehatanWifi kesehatan, CakupanWifi cakupan,
			Wilayah wilayah, WifiProperties properti, MessageSource pesan, Clock clock, LayananPengaduan pengaduan) {
		this.pengaduan = pengaduan;
		this.register = register;
		this.repo = repo;
		this.penyaji = penyaji;
		this.kesehatan = kesehatan;
		this.cakupan = cakupan;
		this.wilayah = wilayah;
		this.properti = properti;
		this.pesan = pesan;
		this.clock = clock;
	}

	@GetMapping
	String daftar(Staf staf, Model model, Locale bahasa) {
		model.addAttribute("daftar", penyaji.semua(bahasa));
		YearMonth bulan = bulanIni();
		model.addAttribute("cakupan", cakupan.hitung(awal(bulan), awal(bulan.plusMonths(1))));
		model.addAttribute("bolehMengubah", staf.adminKota());
		return "wifi/staf-daftar";
	}

	@GetMapping("/cakupan")
	String cakupan(Model model) {
		YearMonth bulan = bulanIni();
		model.addAttribute("cakupan", cakupan.hitung(awal(bulan), awal(bulan.plusMonths(1))));
		model.addAttribute("bulan", Waktu.formatBulan(bulan));
		model.addAttribute("ambang", properti.ambangBerfungsi());
		return "wifi/cakupan";
	}

	@GetMapping("/baru")
	String baru(Staf staf, Model model) {
		RegisterWifi.wajibBolehMengubah(staf);
		model.addAttribute("bolehMengubah", true);
		Map<String, String> isian = new HashMap<>(Map.of("status", StatusHotspot.AKTIF.name(), "biaya", "450000"));
		return formulir(null, isian, List.of("1", "2", "3", "4", "5"), Map.of(), model);
	}

	@GetMapping("/{id:\\d+}")
	String rinci(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		Hotspot h = register.cari(id);
		model.addAttribute("t", penyaji.tampilan(List.of(h), bahasa).get(0));
		model.addAttribute("riwayat", riwayat(h));
		model.addAttribute("pemakaian", pemakaian(id));
		model.addAttribute("pengaduan", pengaduan(id));
		model.addAttribute("bolehMengubah", staf.adminKota());
		List<String> hari = h.jam().kodeHari().chars().mapToObj(c -> String.valueOf((char) c)).toList();
		return formulir(h, isian(h), hari, Map.of(), model);
	}

	@PostMapping({ "/baru", "/{id:\\d+}" })
	String simpan(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> kiriman, Staf staf, Model model,
			Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		Map<String, String> isian = kiriman.toSingleValueMap();
		List<String> hari = kiriman.getOrDefault("hari", List.of());
		try {
			long disimpan = register.simpan(staf, id, isian, hari);
			redirect.addFlashAttribute("tersimpan", isian.get("nama"));
			return "redirect:" + JALUR + "/" + disimpan;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			Hotspot h = id == null ? null : register.cari(id);
			if (h != null) {
				model.addAttribute("t", penyaji.tampilan(List.of(h), bahasa).get(0));
				model.addAttribute("riwayat", riwayat(h));
				model.addAttribute("pemakaian", pemakaian(id));
				model.addAttribute("pengaduan", pengaduan(id));
			}
			model.addAttribute("bolehMengubah", staf.adminKota());
			return formulir(h, isian, hari, ex.pesan(pesan, bahasa), model);
		}
	}

	/** A new token replaces the old one; it is shown once, on the page the browser is sent to. */
	@PostMapping("/{id:\\d+}/token")
	String token(@PathVariable long id, Staf staf, RedirectAttributes redirect) {
		redirect.addFlashAttribute("token", register.buatToken(staf, id));
		return "redirect:" + JALUR + "/" + id + "#kesehatan";
	}

	/** Complaints shown on a hotspot's page, newest first. */
	private static final int BATAS_PENGADUAN = 20;

	/** A complaint about the hotspot: its number, status (message key) and when it was received (WITA, in words). */
	record BarisPengaduan(String nomor, String kodeStatus, String diterima) {
	}

	private List<BarisPengaduan> pengaduan(long id) {
		return pengaduan.pengaduanAset(AsetWifi.KODE, AsetWifi.idAset(id), BATAS_PENGADUAN).stream()
			.map(p -> new BarisPengaduan(p.nomor(), p.status().kodePesan(), Waktu.formatTanggalJam(p.diterimaPada())))
			.toList();
	}

	/** A month of imported sessions, traffic in whole megabytes (10^6 bytes). */
	record BarisPemakaian(String bulan, long sesi, long mb, long jam) {
	}

	private List<BarisPemakaian> pemakaian(long id) {
		return repo.pemakaian(id).stream().map(p -> new BarisPemakaian(Waktu.formatBulan(p.bulan()), p.sesi(), p.oktet() / 1_000_000, p.jamSesi()))
			.toList();
	}

	/** @param ketersediaan null for a month before monitoring began */
	record BulanUptime(String bulan, Ketersediaan ketersediaan) {
	}

	private List<BulanUptime> riwayat(Hotspot h) {
		List<BulanUptime> hasil = new ArrayList<>();
		YearMonth bulan = bulanIni();
		for (int i = 0; i < BULAN_RIWAYAT; i++) {
			YearMonth b = bulan.minusMonths(i);
			if (h.dipantauSejak() == null || !awal(b.plusMonths(1)).isAfter(h.dipantauSejak())) {
				break;
			}
			hasil.add(new BulanUptime(Waktu.formatBulan(b), kesehatan.ketersediaan(List.of(h), awal(b), awal(b.plusMonths(1))).get(h.id())));
		}
		return hasil;
	}

	private String formulir(Hotspot h, Map<String, String> isian, List<String> hari, Map<String, String> galat, Model model) {
		model.addAttribute("h", h);
		model.addAttribute("idAset", h == null ? null : AsetWifi.idAset(h.id()));
		model.addAttribute("isian", isian);
		model.addAttribute("hari", hari);
		model.addAttribute("galat", galat);
		model.addAttribute("daftarKelurahan", wilayah.kelurahan());
		model.addAttribute("daftarJenis", JenisTempat.values());
		model.addAttribute("daftarStatus", StatusHotspot.values());
		model.addAttribute("daftarTempat", properti.tempatLayanan());
		return "wifi/staf-rinci";
	}

	private static Map<String, String> isian(Hotspot h) {
		Map<String, String> m = new HashMap<>();
		m.put("nama", h.nama());
		m.put("jenisTempat", h.jenisTempat().name());
		m.put("kelurahan", h.kelurahanKode());
		m.put("lat", Double.toString(h.lat()));
		m.put("lon", Double.toString(h.lon()));
		m.put("isp", h.isp());
		m.put("ssid", h.ssid());
		m.put("bandwidth", Integer.toString(h.bandwidthMbps()));
		m.put("biaya", Long.toString(h.biayaBulanan()));
		m.put("sepanjangHari", Boolean.toString(h.jam().sepanjangHari()));
		m.put("jamBuka", h.jam().buka() == null ? "" : h.jam().buka().toString());
		m.put("jamTutup", h.jam().tutup() == null ? "" : h.jam().tutup().toString());
		m.put("status", h.status().name());
		m.put("tempatLayanan", h.tempatLayanan());
		m.put("nasId", h.nasId());
		m.put("alamatProbe", h.alamatProbe());
		return m;
	}

	private YearMonth bulanIni() {
		return YearMonth.from(Waktu.wita(clock.instant()));
	}

	private static java.time.Instant awal(YearMonth bulan) {
		return bulan.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}
}
