package id.kotacerdas.armada.laporan;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.RegisterXlsx;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/** The monthly report page and its exports, and the register's export (XLSX, CSV, PDF) and XLSX import. */
@Controller
@RequestMapping("/staf/armada")
@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
public class LaporanController {

	private final LaporanArmada laporan;

	private final RegisterXlsx registerXlsx;

	private final PenulisEkspor ekspor;

	private final Clock clock;

	LaporanController(LaporanArmada laporan, RegisterXlsx registerXlsx, PenulisEkspor ekspor, Clock clock) {
		this.laporan = laporan;
		this.registerXlsx = registerXlsx;
		this.ekspor = ekspor;
		this.clock = clock;
	}

	@GetMapping("/laporan")
	String halaman(@RequestParam(required = false) String bulan, Staf staf, Model model) {
		model.addAttribute("laporan", laporan.buat(staf, bulan(bulan)));
		return "armada/laporan";
	}

	@GetMapping("/laporan.{format}")
	void unduhLaporan(@PathVariable FormatEkspor format, @RequestParam(required = false) String bulan, Staf staf,
			HttpServletResponse jawaban) {
		ekspor.kirim(EksporLaporan.dari(laporan.buat(staf, bulan(bulan))), format, jawaban);
	}

	@GetMapping("/kendaraan.{format}")
	void unduhRegister(@PathVariable FormatEkspor format, Staf staf, HttpServletResponse jawaban) {
		ekspor.kirim(registerXlsx.ekspor(staf), format, jawaban);
	}

	@PostMapping("/kendaraan/impor")
	@PreAuthorize(Peran.Akses.ADMIN)
	String imporRegister(@RequestParam MultipartFile berkas, Staf staf, RedirectAttributes redirect) throws IOException {
		if (berkas.isEmpty()) {
			throw new PermintaanDitolakException("armada.impor.bukan-xlsx");
		}
		redirect.addFlashAttribute("impor", registerXlsx.impor(staf, berkas.getInputStream()));
		return "redirect:/staf/armada";
	}

	private YearMonth bulan(String bulan) {
		try {
			return bulan == null || bulan.isBlank() ? YearMonth.now(clock.withZone(Waktu.WITA)) : YearMonth.parse(bulan);
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "bulan");
		}
	}
}
