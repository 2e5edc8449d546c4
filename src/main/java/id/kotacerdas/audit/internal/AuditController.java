package id.kotacerdas.audit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/** Administrators read the audit log, filtered by actor, object and period (dates in WITA). */
@Controller
@PreAuthorize(Peran.Akses.KOMINFO)
class AuditController {

	static final int PER_HALAMAN = 50;

	/** A record as the page shows it: names instead of codes, the changed fields instead of JSON. */
	record Catatan(long id, String waktu, String aktor, String aksi, String jenisObjek, String idObjek,
			List<PerubahanAudit.Perubahan> perubahan) {
	}

	record Jenis(String kode, String nama) {
	}

	private final CatatanAuditRepository repo;

	private final PerubahanAudit baca;

	AuditController(CatatanAuditRepository repo, PerubahanAudit baca) {
		this.repo = repo;
		this.baca = baca;
	}

	@GetMapping("/admin/audit")
	String daftar(@RequestParam(required = false) String aktor, @RequestParam(required = false) String jenis,
			@RequestParam(required = false) String idObjek,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			@RequestParam(defaultValue = "0") int halaman, Locale bahasa, Model model) {
		int hal = Math.max(0, halaman);
		var saringan = new CatatanAuditRepository.Saringan(aktor, jenis, idObjek,
				dari == null ? null : dari.atStartOfDay(Waktu.WITA).toInstant(),
				sampai == null ? null : sampai.plusDays(1).atStartOfDay(Waktu.WITA).toInstant());
		// one row more than a page tells whether there is a next page
		List<Catatan> baris = repo.cari(saringan, hal * PER_HALAMAN, PER_HALAMAN + 1).stream()
			.map(c -> new Catatan(c.id(), Waktu.formatTanggalJam(c.waktu()), c.aktor(), baca.namaAksi(c.aksi(), bahasa),
					baca.namaJenis(c.jenisObjek(), bahasa), c.idObjek(), baca.baca(c.sebelum(), c.sesudah(), bahasa)))
			.toList();
		model.addAttribute("catatan", baris.stream().limit(PER_HALAMAN).toList());
		model.addAttribute("adaBerikut", baris.size() > PER_HALAMAN);
		model.addAttribute("halaman", hal);
		model.addAttribute("jenisObjek", repo.jenisObjek().stream().map(j -> new Jenis(j, baca.namaJenis(j, bahasa))).toList());
		return "audit/daftar";
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		MenuStaf menuAudit() {
			return new MenuStaf("menu.audit", "/admin/audit", 90, Set.of(Peran.ADMIN_KOMINFO), MenuStaf.Kelompok.PENGATURAN);
		}
	}
}
