package id.kotacerdas.pengaduan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The staff side: the TRC worklist, a report's full view, and its handling. */
@Controller
@RequestMapping("/staf/pengaduan")
class PengaduanStafController {

	private final PengaduanService layanan;

	private final PencarianPengaduan cari;

	private final PengaduanRepository repo;

	private final AkunStaf akun;

	private final DaftarOpd daftarOpd;

	private final JawabanTambahan jawaban;

	PengaduanStafController(PengaduanService layanan, PencarianPengaduan cari, PengaduanRepository repo, AkunStaf akun,
			DaftarOpd daftarOpd, JawabanTambahan jawaban) {
		this.layanan = layanan;
		this.cari = cari;
		this.repo = repo;
		this.akun = akun;
		this.daftarOpd = daftarOpd;
		this.jawaban = jawaban;
	}

	private Staf staf() {
		return akun.stafSaatIni().orElseThrow(() -> new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.tidak-berwenang"));
	}

	@GetMapping
	String daftarKerja(Model model) {
		Staf s = staf();
		if (s.peran() == Peran.PETUGAS_TRC) {
			model.addAttribute("judulDaftar", "staf.tim-saya");
			model.addAttribute("baris", cari.kerja(s.opdId(), s.timId(), false, 500));
		}
		else if (s.peran() == Peran.ADMIN_OPD) {
			model.addAttribute("judulDaftar", "staf.instansi-saya");
			model.addAttribute("baris", cari.kerja(s.opdId(), null, false, 500));
		}
		else {
			model.addAttribute("judulDaftar", "staf.semua");
			model.addAttribute("baris", cari.kerja(null, null, false, 500));
			model.addAttribute("dispatcher", cari.kerja(null, null, true, 500));
		}
		return "pengaduan/staf-daftar";
	}

	@GetMapping("/{nomor:[A-Z]{2,10}-\\d{4}-\\d{6,9}}")
	String rinci(@PathVariable String nomor, Locale bahasa, Model model) {
		Staf s = staf();
		Pengaduan p = layanan.untukStaf(s, nomor);
		model.addAttribute("p", cari.tampilan(nomor).orElseThrow());
		model.addAttribute("laporan", p.isi());
		model.addAttribute("jawaban", jawaban.baca(p.isi().kategoriKode(), p.isi().atributJson(), bahasa));
		model.addAttribute("diresponsPada", p.keadaan().diresponsPada);
		model.addAttribute("terlambat", p.keadaan().terlambat);
		model.addAttribute("riwayat", cari.riwayat(p.id(), true));
		model.addAttribute("bolehUbah", s.berwenangAtas(p.opdId()));
		model.addAttribute("dispatcher", s.peran() == Peran.ADMIN_KOMINFO);
		model.addAttribute("aksi", PengaduanService.AksiStaf.values());
		model.addAttribute("daftarOpd", daftarOpd.semua().stream().filter(Opd::aktif).toList());
		return "pengaduan/staf-rinci";
	}

	@PostMapping("/{nomor}/tindakan")
	String tindakan(@PathVariable String nomor, @RequestParam String aksi, @RequestParam(required = false) String teks,
			@RequestParam(name = "foto", required = false) List<MultipartFile> foto, RedirectAttributes redirect) {
		PengaduanService.AksiStaf a;
		try {
			a = PengaduanService.AksiStaf.valueOf(aksi);
		}
		catch (IllegalArgumentException ex) {
			throw new PermintaanDitolakException("pengaduan.aksi-tidak-dikenal");
		}
		layanan.tindakStaf(staf(), nomor, a, teks, bytes(foto));
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/staf/pengaduan/" + nomor;
	}

	@PostMapping("/{nomor}/rute")
	String rute(@PathVariable String nomor, @RequestParam long opdId, @RequestParam(required = false) String keterangan,
			RedirectAttributes redirect) {
		daftarOpd.cari(opdId).orElseThrow(() -> new PermintaanDitolakException("pengaduan.opd-tidak-dikenal"));
		layanan.rutekan(staf(), nomor, opdId, keterangan);
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/staf/pengaduan/" + nomor;
	}

	@PostMapping("/{nomor}/gabung")
	String gabung(@PathVariable String nomor, @RequestParam String induk, RedirectAttributes redirect) {
		layanan.gabung(staf(), nomor, induk.strip());
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/staf/pengaduan/" + nomor;
	}

	@GetMapping("/{nomor}/foto/{id}.jpg")
	ResponseEntity<byte[]> foto(@PathVariable String nomor, @PathVariable long id) {
		return PengaduanWargaController.jpeg(repo.foto(layanan.untukStaf(staf(), nomor).id(), id, false));
	}

	private static List<byte[]> bytes(List<MultipartFile> foto) {
		List<byte[]> hasil = new ArrayList<>();
		if (foto != null) {
			for (MultipartFile f : foto) {
				if (!f.isEmpty()) {
					try {
						hasil.add(f.getBytes());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		}
		return hasil;
	}
}
