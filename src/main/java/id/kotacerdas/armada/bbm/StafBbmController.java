package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.JenisBbm;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.validation.Validator;

/** A vehicle's fuel purchases this month and the form that puts a new one through the gate. */
@Controller
@RequestMapping("/staf/armada/kendaraan/{id}/bbm")
@PreAuthorize(Peran.Akses.STAF)
class StafBbmController {

	private final RegisterKendaraan register;

	private final LayananBbm layanan;

	private final PembelianBbmRepository repo;

	private final MessageSource pesan;

	private final Clock clock;

	private final Validator validator;

	StafBbmController(RegisterKendaraan register, LayananBbm layanan, PembelianBbmRepository repo, MessageSource pesan, Clock clock,
			Validator validator) {
		this.register = register;
		this.layanan = layanan;
		this.repo = repo;
		this.pesan = pesan;
		this.clock = clock;
		this.validator = validator;
	}

	@GetMapping
	String halaman(@PathVariable long id, @RequestParam(required = false) String bulan, Staf staf, Model model) {
		YearMonth b;
		try {
			b = bulan == null || bulan.isBlank() ? YearMonth.now(clock.withZone(Waktu.WITA)) : YearMonth.parse(bulan);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "bulan");
		}
		return tampil(staf, id, model, null, List.of(), b);
	}

	@PostMapping
	String catat(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime waktu,
			@RequestParam(required = false) String pengemudi, @RequestParam(required = false) String spbu,
			@RequestParam(required = false) Double spbuLat, @RequestParam(required = false) Double spbuLon, @RequestParam JenisBbm jenisBbm,
			@RequestParam BigDecimal liter, @RequestParam Long hargaPerLiter, @RequestParam(required = false) Integer odometerKm,
			@RequestParam(required = false) String nomorStruk, @RequestParam(required = false) String metodePembayaran,
			@RequestParam(required = false) String alasanPenimpaan, Staf staf, Model model, RedirectAttributes redirect) {
		if (liter.signum() <= 0 || hargaPerLiter <= 0) {
			throw new PermintaanDitolakException("galat.data-tidak-valid");
		}
		var data = new DataPembelian(waktu == null ? null : waktu.atZone(Waktu.WITA).toOffsetDateTime(), pengemudi, spbu, spbuLat, spbuLon, null,
				jenisBbm, liter, hargaPerLiter, odometerKm, nomorStruk, metodePembayaran, alasanPenimpaan);
		// the same limits as the API: an absurd number or a 5 MB name is the sender's mistake, not a failed insert
		if (!validator.validate(data).isEmpty()) {
			throw new PermintaanDitolakException("galat.data-tidak-valid");
		}
		try {
			PembelianBbm p = layanan.catat(staf, id, data);
			redirect.addFlashAttribute("sukses", p.liter() + " L");
			return "redirect:/staf/armada/kendaraan/" + id + "/bbm";
		}
		catch (GerbangMenolakException ex) {
			List<String> alasan = ex.keputusan().alasan().stream()
				.map(a -> pesan.getMessage(a.kode(), a.argumen().toArray(), a.kode(), LocaleContextHolder.getLocale()))
				.toList();
			return tampil(staf, id, model, data, alasan, YearMonth.now(clock.withZone(Waktu.WITA)));
		}
	}

	private String tampil(Staf staf, long id, Model model, DataPembelian data, List<String> alasan, YearMonth bulan) {
		Kendaraan k = register.lihat(staf, id);
		Instant dari = bulan.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		model.addAttribute("kendaraan", k);
		model.addAttribute("bulan", bulan);
		model.addAttribute("pembelian", repo.dalamPeriode(id, dari, bulan.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant()));
		model.addAttribute("data", data);
		model.addAttribute("alasan", alasan);
		model.addAttribute("jenisBbm", JenisBbm.values());
		model.addAttribute("bolehMencatat", staf.berwenangAtas(k.opdId()));
		model.addAttribute("verifikator", staf.adminAtas(k.opdId()));
		return "armada/bbm";
	}
}
