package id.kotacerdas.jalan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
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
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/** The road register for staff: segments with their condition, a segment's complaints, a new condition survey. */
@Controller
@RequestMapping("/staf/jalan")
@PreAuthorize(Peran.Akses.STAF)
class JalanStafController {

	static final int RIWAYAT_MAKS = 50;

	private final RuasRepository repo;

	private final LayananPengaduan pengaduan;

	private final DaftarOpd opd;

	private final AuditLog audit;

	private final Clock clock;

	JalanStafController(RuasRepository repo, LayananPengaduan pengaduan, DaftarOpd opd, AuditLog audit, Clock clock) {
		this.repo = repo;
		this.pengaduan = pengaduan;
		this.opd = opd;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String daftar(Model model) {
		List<Ruas> ruas = repo.semua();
		model.addAttribute("ruas", ruas);
		model.addAttribute("mantap", repo.mantapPada(LocalDate.now(clock.withZone(Waktu.WITA))));
		model.addAttribute("namaOpd", namaOpd());
		return "jalan/daftar";
	}

	@GetMapping("/{kode:[A-Za-z0-9][A-Za-z0-9-]+}")
	String ruas(@PathVariable String kode, Staf staf, Model model) {
		Ruas r = cari(kode);
		model.addAttribute("r", r);
		model.addAttribute("pemilik", namaOpd().getOrDefault(r.opdId(), "—"));
		model.addAttribute("kondisi", repo.riwayatKondisi(r.kode()));
		model.addAttribute("pengaduan", pengaduan.pengaduanAset(AsetJalan.KODE, r.kode(), RIWAYAT_MAKS));
		model.addAttribute("bolehSurvei", staf.berwenangAtas(r.opdId()));
		model.addAttribute("metodeSemua", MetodeSurvei.values());
		model.addAttribute("kelasSemua", KelasKondisi.values());
		return "jalan/ruas";
	}

	/** A condition survey: seen (the class chosen) or measured (IRI or SDI, the class follows from the value). */
	@PostMapping("/{kode}/kondisi")
	String survei(@PathVariable String kode, @RequestParam MetodeSurvei metode, @RequestParam(required = false) KelasKondisi kelas,
			@RequestParam(required = false) BigDecimal nilai, @RequestParam LocalDate tanggal, Staf staf, RedirectAttributes redirect) {
		Ruas r = cari(kode);
		if (!staf.berwenangAtas(r.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "jalan.tidak-berwenang");
		}
		if (tanggal.isAfter(LocalDate.now(clock.withZone(Waktu.WITA)))) {
			throw new PermintaanDitolakException("jalan.tanggal-depan");
		}
		Ruas.Kondisi k;
		if (metode.diukur()) {
			if (nilai == null || nilai.signum() < 0 || nilai.compareTo(BigDecimal.valueOf(9999)) > 0) {
				throw new PermintaanDitolakException("jalan.nilai-wajib");
			}
			k = new Ruas.Kondisi(tanggal, metode, nilai, metode.kelas(nilai));
		}
		else {
			if (kelas == null) {
				throw new PermintaanDitolakException("jalan.kelas-wajib");
			}
			k = new Ruas.Kondisi(tanggal, metode, null, kelas);
		}
		repo.catatKondisi(r.kode(), k, staf.nama());
		audit.catat("jalan.kondisi", "jalan.ruas", r.kode(), r.kondisi(), k);
		redirect.addFlashAttribute("sukses", "jalan.kondisi-tersimpan");
		return "redirect:/staf/jalan/" + r.kode();
	}

	private Ruas cari(String kode) {
		return repo.cari(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("jalan.tidak-dikenal", kode));
	}

	private Map<Long, String> namaOpd() {
		Map<Long, String> nama = new HashMap<>();
		opd.semua().forEach(o -> nama.put(o.id(), o.namaPendek()));
		return nama;
	}
}
