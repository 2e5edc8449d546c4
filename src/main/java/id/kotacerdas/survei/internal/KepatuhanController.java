package id.kotacerdas.survei.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public compliance page: per service and unit, completed applications, the on-time share, the
 * median working days, the IKM with its grade and the respondents, for a month, quarter or year;
 * no script, and as CSV/XLSX/PDF.
 */
@Controller
class KepatuhanController {

	static final String JALUR = "/kepatuhan-layanan";

	/** How many years and months back the period filter offers (quarters: this year's four). */
	private static final int PILIHAN_TAHUN = 3;

	private static final int PILIHAN_BULAN = 12;

	private final LaporanKepatuhan laporan;

	private final PenulisEkspor ekspor;

	private final SurveiProperties properti;

	private final Clock clock;

	KepatuhanController(LaporanKepatuhan laporan, PenulisEkspor ekspor, SurveiProperties properti, Clock clock) {
		this.laporan = laporan;
		this.ekspor = ekspor;
		this.properti = properti;
		this.clock = clock;
	}

	@GetMapping(JALUR)
	String halaman(@RequestParam(required = false) String periode, Model model) {
		Periode p = periode(periode);
		model.addAttribute("l", laporan.laporan(p));
		model.addAttribute("mutu", properti.mutu());
		model.addAttribute("pilihan", Periode.pilihan(YearMonth.now(clock.withZone(Waktu.WITA)), PILIHAN_TAHUN, PILIHAN_BULAN));
		return "survei/kepatuhan";
	}

	@GetMapping(JALUR + ".{format}")
	void unduh(@PathVariable FormatEkspor format, @RequestParam(required = false) String periode, HttpServletResponse jawaban) {
		Periode p = periode(periode);
		List<Kolom<LaporanKepatuhan.Baris>> kolom = List.of(Kolom.teks("survei.kolom.layanan", LaporanKepatuhan.Baris::layanan),
				Kolom.teks("survei.kolom.opd", LaporanKepatuhan.Baris::opd), Kolom.teks("survei.kolom.unit", LaporanKepatuhan.Baris::unit),
				Kolom.bilangan("survei.kolom.batas", LaporanKepatuhan.Baris::batasHariKerja),
				Kolom.bilangan("survei.kolom.selesai", LaporanKepatuhan.Baris::selesai),
				Kolom.persen("survei.kolom.tepat-waktu", 1, LaporanKepatuhan.Baris::persenTepat),
				Kolom.desimal("survei.kolom.median", 1, LaporanKepatuhan.Baris::medianHari),
				Kolom.desimal("survei.kolom.ikm", 2, b -> b.ikm() == null ? null : b.ikm().nilai()),
				Kolom.teks("survei.kolom.mutu", b -> b.ikm() == null ? null : Kolom.pesan(b.ikm().mutu().kodePesan())),
				Kolom.bilangan("survei.kolom.responden", b -> b.ikm() == null ? 0 : b.ikm().responden()));
		ekspor.kirim(Ekspor.satu(Kolom.pesan("survei.kepatuhan.judul-ekspor", p.kode()), kolom, laporan.laporan(p).baris()), format,
				jawaban);
	}

	/** This year unless a month, quarter or year is asked for. */
	private Periode periode(String teks) {
		if (teks == null || teks.isBlank()) {
			return Periode.tahun(YearMonth.now(clock.withZone(Waktu.WITA)).getYear());
		}
		try {
			return Periode.dari(teks.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "periode");
		}
	}
}
