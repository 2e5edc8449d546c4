package id.kotacerdas.masterplan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The leadership's and Kominfo's dashboard (pending entered values shown, marked), the agencies' entering of values
 * with proof and Kominfo's verification of them.
 */
@Controller
@RequestMapping("/staf/masterplan")
class MasterplanStafController {

	private final TampilanMasterplan tampilan;

	private final LayananMasterplan layanan;

	private final NilaiLangsung langsung;

	private final PengisianNilai pengisian;

	private final MasterplanRepository repo;

	private final LayananBerkas berkas;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	MasterplanStafController(TampilanMasterplan tampilan, LayananMasterplan layanan, NilaiLangsung langsung, PengisianNilai pengisian,
			MasterplanRepository repo, LayananBerkas berkas, DaftarOpd daftarOpd, MessageSource pesan) {
		this.tampilan = tampilan;
		this.layanan = layanan;
		this.langsung = langsung;
		this.pengisian = pengisian;
		this.repo = repo;
		this.berkas = berkas;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	@GetMapping
	@PreAuthorize(Peran.Akses.KOMINFO_DAN_PIMPINAN)
	String dasbor(@RequestParam(required = false) String tahun, Model model) {
		tampilan.dasbor(tahun, true, model);
		return "masterplan/dasbor";
	}

	@GetMapping("/indikator/{kode}")
	@PreAuthorize(Peran.Akses.KOMINFO_DAN_PIMPINAN)
	String indikator(@PathVariable String kode, @RequestParam(required = false) String tahun, Staf staf, Model model) {
		tampilan.indikator(kode, tahun, true, model);
		model.addAttribute("bolehHitung", staf.adminKota());
		return "masterplan/indikator";
	}

	/** Kominfo computes a live figure again for a year (a closed year too, after a correction in its module). */
	@PostMapping("/indikator/{kode}/hitung")
	@PreAuthorize(Peran.Akses.KOMINFO)
	String hitung(@PathVariable String kode, @RequestParam String tahun, RedirectAttributes redirect) {
		int t = tampilan.tahun(tahun);
		IndikatorProgram i = repo.indikator().stream().filter(x -> x.kode().equals(kode) && x.langsung()).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("masterplan.indikator.tidak-ada"));
		if (t > layanan.tahunIni()) {
			throw new PermintaanDitolakException("masterplan.hitung.tahun-mendatang");
		}
		langsung.hitung(i, t);
		redirect.addFlashAttribute("berhasil", "masterplan.hitung.berhasil");
		return "redirect:/staf/masterplan/indikator/" + kode + "?tahun=" + t;
	}

	// ---- entered values

	@GetMapping("/isian")
	@PreAuthorize(Peran.Akses.ADMIN)
	String isian(Staf staf, Model model) {
		return halamanIsian(staf, model, new PengisianNilai.Isian(null, Integer.toString(layanan.tahunIni()), null, null, null, null), Map.of());
	}

	@PostMapping(value = "/isian", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Peran.Akses.ADMIN)
	String ajukan(PengisianNilai.Isian f, @RequestParam(name = "bukti", required = false) MultipartFile bukti, Staf staf, Model model,
			Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		try {
			NilaiIsian n = pengisian.ajukan(f, bukti == null || bukti.isEmpty() ? null : bukti.getBytes(), staf);
			redirect.addFlashAttribute("berhasil", "masterplan.isian.terkirim");
			return "redirect:/staf/masterplan/isian#isian-" + n.id();
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return halamanIsian(staf, model, f, ex.pesan(pesan, bahasa));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String halamanIsian(Staf staf, Model model, PengisianNilai.Isian f, Map<String, String> galat) {
		Map<Long, IndikatorProgram> indikator = repo.indikator().stream().collect(Collectors.toMap(IndikatorProgram::id, i -> i));
		Map<Long, ProgramKerja> program = repo.program().stream().collect(Collectors.toMap(ProgramKerja::id, p -> p));
		model.addAttribute("bolehDiisi", pengisian.bolehDiisi(staf));
		model.addAttribute("daftar", repo.isian().stream()
			.filter(n -> staf.bolehMelihat(program.get(indikator.get(n.indikatorId()).programId()).opdId()))
			.map(n -> new BarisIsian(n, indikator.get(n.indikatorId()), pengisian.bolehMemverifikasi(n, staf)))
			.toList());
		model.addAttribute("nilai", f.sebagaiPeta());
		model.addAttribute("galat", galat);
		model.addAttribute("tahunIni", layanan.tahunIni());
		return "masterplan/isian";
	}

	/** An entered value in the list, with whether this person may verify it here. */
	record BarisIsian(NilaiIsian isian, IndikatorProgram indikator, boolean bolehVerifikasi) {
	}

	@PostMapping("/isian/{id}/verifikasi")
	@PreAuthorize(Peran.Akses.KOMINFO)
	String verifikasi(@PathVariable long id, Staf staf, RedirectAttributes redirect) {
		pengisian.verifikasi(id, staf);
		redirect.addFlashAttribute("berhasil", "masterplan.isian.diverifikasi");
		return "redirect:/staf/masterplan/isian#isian-" + id;
	}

	@PostMapping("/isian/{id}/tolak")
	@PreAuthorize(Peran.Akses.KOMINFO)
	String tolak(@PathVariable long id, @RequestParam(required = false) String alasan, Staf staf, RedirectAttributes redirect) {
		pengisian.tolak(id, alasan, staf);
		redirect.addFlashAttribute("berhasil", "masterplan.isian.ditolak");
		return "redirect:/staf/masterplan/isian#isian-" + id;
	}

	/** An entered value's proof, for those who may see the agency's things and leadership. */
	@GetMapping("/bukti/{id}")
	@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
	ResponseEntity<byte[]> bukti(@PathVariable long id, Staf staf) {
		NilaiIsian n = pengisian.isian(id);
		long opdId = repo.indikator().stream().filter(i -> i.id() == n.indikatorId()).findFirst()
			.flatMap(i -> repo.cariProgram(i.programId())).map(ProgramKerja::opdId).orElseThrow();
		if (!staf.bolehMelihat(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "masterplan.isian.bukan-petugas");
		}
		return berkas.baca(n.berkasId()).jawaban(CacheControl.noStore());
	}

	/** For the register's agency choice. */
	Map<Long, String> opd() {
		return daftarOpd.semua().stream().filter(Opd::aktif).collect(Collectors.toMap(Opd::id, Opd::namaPendek));
	}
}
