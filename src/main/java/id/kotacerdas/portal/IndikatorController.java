package id.kotacerdas.portal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.DimensiKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Kominfo's list of the figures the modules contribute to the masterplan, with their current values
 * and sources, until the masterplan dashboard comes. Knows nothing of the modules: it reads the
 * {@link Indikator} beans.
 */
@Controller
class IndikatorController {

	private final List<Indikator> indikator;

	private final Clock clock;

	IndikatorController(List<Indikator> indikator, Clock clock) {
		// by element; within one, in the order the module declares its figures
		this.indikator = indikator.stream().sorted(Comparator.comparing((Indikator i) -> i.definisi().elemen())).toList();
		this.clock = clock;
	}

	/** A dimension with its figures, in the masterplan's order; one without figures yet is shown too. */
	record Kelompok(DimensiKotaCerdas dimensi, List<Angka> angka) {
	}

	record Angka(Indikator.Definisi definisi, Indikator.Hasil hasil, long opdTanpaData) {
	}

	@GetMapping("/staf/indikator")
	@PreAuthorize(Peran.Akses.KOMINFO)
	String daftar(@RequestParam(required = false) String periode, Model model) {
		Periode p = periode(periode);
		List<Angka> angka = indikator.stream().map(i -> {
			Indikator.Hasil h = i.hitung(p);
			return new Angka(i.definisi(), h, h.perOpd().stream().filter(n -> !n.nilai().adaData()).count());
		}).toList();
		model.addAttribute("periode", p);
		model.addAttribute("kelompok", Arrays.stream(DimensiKotaCerdas.values())
			.map(d -> new Kelompok(d, angka.stream().filter(a -> a.definisi().dimensi() == d).toList()))
			.toList());
		return "portal/indikator";
	}

	/** This month unless a month ({@code 2026-11}) or a year ({@code 2026}) is asked for. */
	private Periode periode(String teks) {
		if (teks == null || teks.isBlank()) {
			return Periode.bulan(YearMonth.now(clock));
		}
		try {
			return Periode.dari(teks.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "periode");
		}
	}
}
