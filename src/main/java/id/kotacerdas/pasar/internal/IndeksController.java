package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.pasar.internal.IndeksHarga.Minggu;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/**
 * The public views beside the board: a commodity's 90-day trend, the weekly index, the A4 sheet
 * and the big-screen view for markets. No sign-in; only the trend and the index load Chart.js.
 */
@Controller
class IndeksController {

	/** Days of a commodity's trend chart. */
	static final int HARI_GRAFIK = 90;

	/** Seconds between two reloads of the big-screen view. */
	static final int SEGARKAN_LAYAR = 300;

	private final LayananIndeks indeks;

	private final HargaRepository harga;

	private final IndeksRepository repo;

	private final PapanHarga papan;

	private final LayananHarga layanan;

	private final ObjectMapper json;

	private final Clock clock;

	IndeksController(LayananIndeks indeks, HargaRepository harga, IndeksRepository repo, PapanHarga papan, LayananHarga layanan,
			ObjectMapper json, Clock clock) {
		this.indeks = indeks;
		this.harga = harga;
		this.repo = repo;
		this.papan = papan;
		this.layanan = layanan;
		this.json = json;
		this.clock = clock;
	}

	private Komoditas komoditas(String kode) {
		return harga.komoditas().stream().filter(k -> k.kode().equals(kode)).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.komoditas.tidak-ditemukan"));
	}

	private Pasar pasar(Long id) {
		return id == null ? null : harga.pasar(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.tidak-ditemukan"));
	}

	private static String hariPendek(LocalDate d) {
		return DateTimeFormatter.ofPattern("d MMM", LocaleContextHolder.getLocale()).format(d);
	}

	/** One line of a chart. */
	record Seri(String nama, List<Long> data) {
	}

	@GetMapping("/pasar/komoditas/{kode}")
	String tren(@PathVariable String kode, Model model) {
		Komoditas k = komoditas(kode);
		LocalDate sampai = layanan.hariIni();
		LocalDate dari = sampai.minusDays(HARI_GRAFIK - 1L);
		List<IndeksRepository.Titik> titik = repo.seriHarian(k.id(), dari, sampai);
		List<LocalDate> hari = titik.stream().map(IndeksRepository.Titik::tanggal).distinct().toList();
		Map<Long, Map<LocalDate, Long>> perPasar = new LinkedHashMap<>();
		titik.forEach(t -> perPasar.computeIfAbsent(t.pasarId() == null ? 0L : t.pasarId(), x -> new LinkedHashMap<>()).put(t.tanggal(), t.harga()));
		List<Seri> seri = new ArrayList<>();
		Map<LocalDate, Long> kota = perPasar.getOrDefault(0L, Map.of());
		seri.add(new Seri(null, hari.stream().map(kota::get).toList()));
		for (Pasar p : harga.pasar()) {
			Map<LocalDate, Long> diPasar = perPasar.get(p.id());
			if (diPasar != null) {
				seri.add(new Seri(p.nama(), hari.stream().map(diPasar::get).toList()));
			}
		}
		model.addAttribute("komoditas", k);
		model.addAttribute("dari", Waktu.formatTanggal(dari));
		model.addAttribute("sampai", Waktu.formatTanggal(sampai));
		model.addAttribute("label", json.writeValueAsString(hari.stream().map(IndeksController::hariPendek).toList()));
		model.addAttribute("seri", json.writeValueAsString(seri));
		model.addAttribute("ada", !kota.isEmpty());
		kota.entrySet().stream().reduce((a, b) -> b).ifPresent(e -> {
			model.addAttribute("terakhir", e.getValue());
			model.addAttribute("tanggalTerakhir", Waktu.formatTanggal(e.getKey()));
			model.addAttribute("terendah", kota.values().stream().mapToLong(Long::longValue).min().getAsLong());
			model.addAttribute("tertinggi", kota.values().stream().mapToLong(Long::longValue).max().getAsLong());
		});
		return "pasar/tren";
	}

	@GetMapping("/pasar/indeks")
	String indeks(@RequestParam(required = false) String komoditas,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate minggu, Model model) {
		LayananIndeks.Rentang r = indeks.indeksTerakhir();
		Komoditas terpilih = komoditas == null || komoditas.isBlank() ? null : komoditas(komoditas);
		Optional<Minggu> pekan = minggu == null ? r.terakhir()
				: r.minggu().stream().filter(m -> m.senin().equals(IndeksHarga.senin(minggu))).findFirst();
		model.addAttribute("rentang", r);
		model.addAttribute("terpilih", terpilih);
		model.addAttribute("pekan", pekan.orElse(null));
		model.addAttribute("pekanTeks", pekan.map(IndeksController::namaMinggu).orElse(null));
		Map<LocalDate, BigDecimal> satu = new LinkedHashMap<>();
		if (terpilih != null) {
			r.minggu().forEach(m -> satu.put(m.senin(), m.komoditas().stream().filter(p -> p.komoditasId() == terpilih.id()).findFirst()
				.map(IndeksHarga.Perubahan::persenTampil).orElse(null)));
		}
		model.addAttribute("satuPerMinggu", satu);
		model.addAttribute("grafik", GrafikIndeks.dari(r.minggu(), satu));
		model.addAttribute("namaMinggu", r.minggu().stream().collect(LinkedHashMap<LocalDate, String>::new,
				(m, w) -> m.put(w.senin(), mingguPendek(w)), Map::putAll));
		return "pasar/indeks";
	}

	/** "24 November 2026 – 30 November 2026", as a person reads a week. */
	static String namaMinggu(Minggu m) {
		return Waktu.formatTanggal(m.senin()) + " – " + Waktu.formatTanggal(m.minggu());
	}

	/** "24 Nov – 30 Nov 2026", for a narrow table and a list. */
	static String mingguPendek(Minggu m) {
		return hariPendek(m.senin()) + " – " + hariPendek(m.minggu()) + " " + m.minggu().getYear();
	}

	/** A market's prices of the day, by commodity, for the sheet's columns. */
	record Kolom(Pasar pasar, Map<Long, Long> harga) {
	}

	@GetMapping("/pasar/cetak")
	String cetak(Model model) {
		Optional<PapanHarga.Papan> kota = papan.papan(null, layanan.hariIni());
		List<Kolom> kolom = new ArrayList<>();
		kota.ifPresent(p -> {
			for (Pasar ps : harga.pasar()) {
				Map<Long, Long> diPasar = new LinkedHashMap<>();
				harga.rataRata(List.of(p.tanggal()), ps.id()).forEach((kh, h) -> diPasar.put(kh.komoditasId(), h));
				kolom.add(new Kolom(ps, diPasar));
			}
		});
		model.addAttribute("papan", kota.orElse(null));
		model.addAttribute("kolom", kolom);
		model.addAttribute("tanggal", kota.map(p -> Waktu.formatTanggal(p.tanggal())).orElse(null));
		model.addAttribute("dicetak", Waktu.formatTanggalJam(clock.instant()));
		model.addAttribute("namaOpd", layanan.opdPasar().map(o -> o.nama()).orElse(""));
		return "pasar/cetak";
	}

	@GetMapping("/pasar/layar")
	String layar(@RequestParam(required = false) Long pasar, Model model) {
		Pasar terpilih = pasar(pasar);
		Optional<PapanHarga.Papan> p = papan.papan(pasar, layanan.hariIni());
		model.addAttribute("terpilih", terpilih);
		model.addAttribute("papan", p.orElse(null));
		model.addAttribute("tanggal", p.map(x -> Waktu.formatTanggal(x.tanggal())).orElse(null));
		model.addAttribute("segarkan", SEGARKAN_LAYAR);
		return "pasar/layar";
	}
}
