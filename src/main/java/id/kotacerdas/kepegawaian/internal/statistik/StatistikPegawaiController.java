package id.kotacerdas.kepegawaian.internal.statistik;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.ekspor.Tabel;
import id.kotacerdas.kepegawaian.internal.AksesKepegawaian;
import id.kotacerdas.kepegawaian.internal.kalender.LabelReferensi;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * The personnel statistics: counts only, as charts and tables and as a download. Leadership, BKPPD
 * and Kominfo see the city (or an agency they choose), an agency's administrator their agency.
 */
@Controller
@RequestMapping("/staf/kepegawaian")
@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
class StatistikPegawaiController {

	private final StatistikPegawai statistik;

	private final AksesKepegawaian akses;

	private final LabelReferensi label;

	private final PenulisEkspor ekspor;

	private final ObjectMapper json;

	private final Clock clock;

	StatistikPegawaiController(StatistikPegawai statistik, AksesKepegawaian akses, LabelReferensi label, PenulisEkspor ekspor, ObjectMapper json,
			Clock clock) {
		this.statistik = statistik;
		this.akses = akses;
		this.label = label;
		this.ekspor = ekspor;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/statistik")
	String halaman(@RequestParam(required = false) Long opd, Staf staf, Model model, Locale locale) {
		boolean semuaKota = akses.lingkupStatistik(staf) == null;
		StatistikPegawai.Ringkasan r = statistik.hitung(lingkup(staf, opd), hariIni(), locale);
		model.addAttribute("ringkasan", r);
		model.addAttribute("grafik", r.tabel().stream().map(t -> json.writeValueAsString(t.sel())).toList());
		model.addAttribute("semuaKota", semuaKota);
		model.addAttribute("opdDipilih", semuaKota ? opd : null);
		model.addAttribute("daftarOpd", label.opdAktif());
		model.addAttribute("namaOpd", label.opd());
		model.addAttribute("lingkup", lingkup(staf, opd));
		return "kepegawaian/statistik";
	}

	/** One table (sheet) per dimension. */
	@GetMapping("/statistik.{format}")
	void unduh(@PathVariable FormatEkspor format, @RequestParam(required = false) Long opd, Staf staf, Locale locale,
			HttpServletResponse jawaban) {
		StatistikPegawai.Ringkasan r = statistik.hitung(lingkup(staf, opd), hariIni(), locale);
		List<Tabel<?>> tabel = r.tabel().stream().<Tabel<?>>map(t -> new Tabel<>(Kolom.pesan("kepegawaian.statistik.dimensi." + t.dimensi().kode()),
				List.of(Kolom.<StatistikPegawai.Sel>teks("kepegawaian.statistik.kolom.kategori", StatistikPegawai.Sel::label).denganLebar(36),
						Kolom.<StatistikPegawai.Sel>bilangan("kepegawaian.statistik.kolom.jumlah", StatistikPegawai.Sel::jumlah),
						Kolom.<StatistikPegawai.Sel>persen("kepegawaian.statistik.kolom.persen", 1,
								s -> r.total() == 0 ? null : 100.0 * s.jumlah() / r.total())),
				t.sel())).toList();
		ekspor.kirim(new Ekspor(Kolom.pesan("kepegawaian.statistik.judul"), tabel), format, jawaban);
	}

	private Long lingkup(Staf staf, Long opd) {
		Long lingkup = akses.lingkupStatistik(staf);
		return lingkup != null ? lingkup : opd;
	}

	private LocalDate hariIni() {
		return LocalDate.now(clock.withZone(Waktu.WITA));
	}
}
