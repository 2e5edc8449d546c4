package id.kotacerdas.audit.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final PerubahanAudit baca;

	AuditController(JdbcClient jdbc, PerubahanAudit baca) {
		this.jdbc = jdbc;
		this.baca = baca;
	}

	@GetMapping("/admin/audit")
	String daftar(@RequestParam(required = false) String aktor, @RequestParam(required = false) String jenis,
			@RequestParam(required = false) String idObjek,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			@RequestParam(defaultValue = "0") int halaman, Locale bahasa, Model model) {
		StringBuilder sql = new StringBuilder("""
				select id, waktu, aktor, aksi, jenis_objek, id_objek, sebelum::text as sebelum, sesudah::text as sesudah
				from audit.catatan where true""");
		List<Object> param = new ArrayList<>();
		if (aktor != null && !aktor.isBlank()) {
			sql.append(" and aktor = ?");
			param.add(aktor.strip());
		}
		if (jenis != null && !jenis.isBlank()) {
			sql.append(" and jenis_objek = ?");
			param.add(jenis.strip());
		}
		if (idObjek != null && !idObjek.isBlank()) {
			sql.append(" and id_objek = ?");
			param.add(idObjek.strip());
		}
		if (dari != null) {
			sql.append(" and waktu >= ?");
			param.add(Timestamp.from(dari.atStartOfDay(Waktu.WITA).toInstant()));
		}
		if (sampai != null) {
			sql.append(" and waktu < ?");
			param.add(Timestamp.from(sampai.plusDays(1).atStartOfDay(Waktu.WITA).toInstant()));
		}
		int hal = Math.max(0, halaman);
		sql.append(" order by waktu desc, id desc limit ").append(PER_HALAMAN + 1).append(" offset ").append(hal * PER_HALAMAN);
		List<Catatan> baris = jdbc.sql(sql.toString()).params(param)
			.query((rs, i) -> new Catatan(rs.getLong("id"), Waktu.formatTanggalJam(rs.getTimestamp("waktu").toInstant()),
					rs.getString("aktor"), baca.namaAksi(rs.getString("aksi"), bahasa), baca.namaJenis(rs.getString("jenis_objek"), bahasa),
					rs.getString("id_objek"), baca.baca(rs.getString("sebelum"), rs.getString("sesudah"), bahasa)))
			.list();
		model.addAttribute("catatan", baris.stream().limit(PER_HALAMAN).toList());
		model.addAttribute("adaBerikut", baris.size() > PER_HALAMAN);
		model.addAttribute("halaman", hal);
		model.addAttribute("jenisObjek", jdbc.sql("select distinct jenis_objek from audit.catatan order by 1").query(String.class)
			.list().stream().map(j -> new Jenis(j, baca.namaJenis(j, bahasa))).toList());
		return "audit/daftar";
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		MenuStaf menuAudit() {
			return new MenuStaf("menu.audit", "/admin/audit", 90, Set.of(Peran.ADMIN_KOMINFO));
		}
	}
}
