package id.kotacerdas.permohonan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.permohonan.TautanStaf;
import id.kotacerdas.permohonan.Tindakan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The back office: the worklist of applications waiting in the signed-in person's steps, earliest
 * deadline first, and an application's page offering only the actions its state allows now and
 * only to the step's owner. A refused action shows the page again with every reason and what was typed.
 */
@Controller
@RequestMapping("/staf/permohonan")
class PermohonanStafController {

	/** The longest worklist shown at once. */
	static final int DAFTAR_MAKS = 200;

	/** What was typed into the page's forms, shown again after a refusal. */
	record Isian(String tindakan, String alasan, List<String> kekurangan, String kekuranganLain) {

		static final Isian KOSONG = new Isian("", "", List.of(), "");
	}

	private final LayananPermohonan layanan;

	private final PenyajiPermohonan penyaji;

	private final PermohonanRepository repo;

	private final MessageSource pesan;

	private final Clock clock;

	private final List<TautanStaf> tautanStaf;

	PermohonanStafController(LayananPermohonan layanan, PenyajiPermohonan penyaji, PermohonanRepository repo, MessageSource pesan,
			Clock clock, List<TautanStaf> tautanStaf) {
		this.layanan = layanan;
		this.penyaji = penyaji;
		this.repo = repo;
		this.pesan = pesan;
		this.clock = clock;
		this.tautanStaf = tautanStaf;
	}

	@GetMapping
	String daftar(@RequestParam(required = false) String unit, @RequestParam(required = false) String kode, Staf staf, Model model) {
		// an application not waiting in a step (returned, finished) is found by its code
		if (kode != null && !kode.isBlank()) {
			String normal = KodeLacak.normal(kode);
			if (normal != null) {
				return "redirect:/staf/permohonan/" + normal;
			}
			model.addAttribute("galatKode", true);
		}
		Lingkup l = Lingkup.untuk(staf, unit);
		List<PermohonanRepository.BarisKerja> baris = repo.kerja(l.opdId(), l.unit(), l.peran(), DAFTAR_MAKS);
		model.addAttribute("baris", baris);
		// leadership only reads: the counter would refuse them (403)
		model.addAttribute("bolehLoket", staf.bolehMengubah());
		model.addAttribute("sekarang", clock.instant());
		model.addAttribute("daftarUnit", repo.unit(l.opdId()));
		model.addAttribute("unitTerpilih", l.unit());
		model.addAttribute("batas", DAFTAR_MAKS);
		return "permohonan/staf-daftar";
	}

	@GetMapping("/{kode}")
	String rinci(@PathVariable String kode, Staf staf, Model model) {
		return tampil(staf, kode, Isian.KOSONG, Map.of(), model);
	}

	@PostMapping("/{kode}/{tindakan:setujui|kembalikan|tolak}")
	String tindak(@PathVariable String kode, @PathVariable String tindakan, @RequestParam(required = false) Integer versi,
			@RequestParam(required = false) String alasan, @RequestParam(required = false) List<String> kekurangan,
			@RequestParam(required = false) String kekuranganLain, Staf staf, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<String> butir = new ArrayList<>(kekurangan == null ? List.of() : kekurangan);
		if (kekuranganLain != null) {
			butir.addAll(kekuranganLain.lines().toList());
		}
		try {
			if (versi == null) {
				throw new PermintaanDitolakException("galat.parameter-tidak-valid", "versi");
			}
			switch (tindakan) {
				case "setujui" -> layanan.setujui(kode, versi, staf);
				case "kembalikan" -> layanan.kembalikan(kode, versi, alasan, butir, staf);
				default -> layanan.tolak(kode, versi, alasan, staf);
			}
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			Map<String, String> galat = ex instanceof IsianDitolakException i ? i.pesan(pesan, locale)
					: Map.of("tindakan", pesan.getMessage(ex.kodePesan(), ex.argumen(), ex.kodePesan(), locale));
			response.setStatus(ex.status().value());
			Isian isian = new Isian(tindakan, alasan == null ? "" : alasan, kekurangan == null ? List.of() : kekurangan,
					kekuranganLain == null ? "" : kekuranganLain);
			return tampil(staf, kode, isian, galat, model);
		}
		redirect.addFlashAttribute("sukses", "permohonan.sukses." + tindakan);
		return "redirect:/staf/permohonan/" + layanan.muat(kode).kode();
	}

	private String tampil(Staf staf, String kode, Isian isian, Map<String, String> galat, Model model) {
		Permohonan p = layanan.muat(kode);
		if (p.alur().tahap().stream().noneMatch(t -> staf.bolehMelihat(t.opdId()))) {
			throw PermintaanDitolakException.tidakDitemukan("permohonan.tidak-ditemukan", kode);
		}
		Permohonan.Isi isi = p.isi();
		boolean pemilik = p.status().terbuka() && LayananPermohonan.pemilikTahap(staf, p.tahap());
		model.addAttribute("t", penyaji.tampilan(p));
		// the applicant's data is for those who handle the application, not for leadership's reading
		boolean menangani = p.alur().tahap().stream().anyMatch(t -> staf.berwenangAtas(t.opdId()));
		model.addAttribute("pemohon", menangani
				? new LacakController.Pribadi(isi.nama(), isi.nik().tersamar(), isi.email(), isi.telepon(), isi.perihal()) : null);
		model.addAttribute("tautanStaf", menangani ? tautanStaf.stream().flatMap(t -> t.tautan(LayananPermohonan.ringkas(p)).stream()).toList()
				: List.of());
		model.addAttribute("tindakan", pemilik ? p.tindakanStaf() : List.<Tindakan>of());
		model.addAttribute("persyaratan", p.tahap().persyaratan());
		model.addAttribute("isian", isian);
		model.addAttribute("galat", galat);
		return "permohonan/staf-rinci";
	}
}
