package id.kotacerdas.pengaduan.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
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
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff side: the worklist with its filters, a report's full view, and its handling. A refused
 * action shows the same page again with every reason and everything typed (only chosen photos
 * must be chosen again: a browser never lets a page refill a file field).
 */
@Controller
@RequestMapping("/staf/pengaduan")
@PreAuthorize(Peran.Akses.STAF)
class PengaduanStafController {

	/** What a person typed into one of the page's forms, shown again after a refusal. */
	record Isian(String formulir, String aksi, String teks, boolean fotoDipilih, Long opdId, String keterangan, String induk) {

		static final Isian KOSONG = new Isian("", null, "", false, null, "", "");
	}

	private final PengaduanService layanan;

	private final PencarianPengaduan cari;

	private final FotoPengaduan foto;

	private final LayananBerkas berkas;

	private final DaftarOpd daftarOpd;

	private final JawabanKategori jawaban;

	private final KotaProperties kota;

	private final PengaduanProperties properti;

	private final AsetKota asetKota;

	PengaduanStafController(PengaduanService layanan, PencarianPengaduan cari, FotoPengaduan foto, LayananBerkas berkas,
			DaftarOpd daftarOpd, JawabanKategori jawaban, KotaProperties kota, PengaduanProperties properti, AsetKota asetKota) {
		this.asetKota = asetKota;
		this.layanan = layanan;
		this.cari = cari;
		this.foto = foto;
		this.berkas = berkas;
		this.daftarOpd = daftarOpd;
		this.jawaban = jawaban;
		this.kota = kota;
		this.properti = properti;
	}

	@GetMapping
	String daftarKerja(@RequestParam(required = false) String saring, @RequestParam(required = false) String saluran, Staf staf,
			Model model) {
		CakupanKerja c = CakupanKerja.untuk(staf);
		PencarianPengaduan.SaringanKerja saringan = saring == null || saring.isBlank() ? null
				: PencarianPengaduan.SaringanKerja.dariKunci(saring)
					.orElseThrow(() -> new PermintaanDitolakException("galat.parameter-tidak-valid", "saring"));
		Saluran dariSaluran = saluran == null || saluran.isBlank() ? null
				: Saluran.dariKode(saluran).orElseThrow(() -> new PermintaanDitolakException("galat.parameter-tidak-valid", "saluran"));
		model.addAttribute("judulDaftar", c.kodeJudul());
		model.addAttribute("seluruhKota", c.opdId() == null);
		model.addAttribute("saringan", saringan);
		model.addAttribute("pilihanSaringan", c.saringan());
		model.addAttribute("saluran", dariSaluran);
		model.addAttribute("pilihanSaluran", Saluran.values());
		model.addAttribute("jumlah", cari.hitungKerja(c.opdId(), c.timId(), dariSaluran));
		model.addAttribute("baris", cari.kerja(c.opdId(), c.timId(), saringan, dariSaluran, properti.daftarKerjaMaks()));
		model.addAttribute("batas", properti.daftarKerjaMaks());
		return "pengaduan/staf-daftar";
	}

	@GetMapping("/{nomor:[A-Z]{2,10}-\\d{4}-\\d{6,9}}")
	String rinci(@PathVariable String nomor, Staf staf, Model model, Locale locale) {
		return tampil(staf, nomor, Isian.KOSONG, List.of(), model, locale);
	}

	@PostMapping("/{nomor}/tindakan")
	String tindakan(@PathVariable String nomor, @RequestParam(required = false) String aksi, @RequestParam(required = false) String teks,
			@RequestParam(name = "foto", required = false) List<MultipartFile> fotoBukti, Staf staf, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<byte[]> unggahan = berkas.terimaFoto(fotoBukti);
		try {
			layanan.tindakStaf(staf, nomor, aksi(aksi), teks, unggahan);
		}
		catch (PermintaanDitolakException ex) {
			Isian isian = new Isian("tindakan", aksi, teks == null ? "" : teks, !unggahan.isEmpty(), null, "", "");
			return ditolak(staf, ex, nomor, isian, model, locale, response);
		}
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/staf/pengaduan/" + nomor;
	}

	@PostMapping("/{nomor}/rute")
	String rute(@PathVariable String nomor, @RequestParam(required = false) Long opdId, @RequestParam(required = false) String keterangan,
			Staf staf, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (opdId == null || daftarOpd.cari(opdId).isEmpty()) {
				throw new PermintaanDitolakException("pengaduan.opd-tidak-dikenal");
			}
			layanan.rutekan(staf, nomor, opdId, keterangan);
		}
		catch (PermintaanDitolakException ex) {
			Isian isian = new Isian("rute", null, "", false, opdId, keterangan == null ? "" : keterangan, "");
			return ditolak(staf, ex, nomor, isian, model, locale, response);
		}
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/staf/pengaduan/" + nomor;
	}

	@PostMapping("/{nomor}/gabung")
	String gabung(@PathVariable String nomor, @RequestParam(required = false) String induk, Staf staf, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		String nomorInduk = induk == null ? "" : induk.strip();
		try {
			layanan.gabung(staf, nomor, nomorInduk);
		}
		catch (PermintaanDitolakException ex) {
			return ditolak(staf, ex, nomor, new Isian("gabung", null, "", false, null, "", nomorInduk), model, locale, response);
		}
		redirect.addFlashAttribute("sukses", "lanjut.tersimpan");
		return "redirect:/staf/pengaduan/" + nomor;
	}

	@GetMapping("/{nomor}/foto/{id}.jpg")
	ResponseEntity<byte[]> foto(@PathVariable String nomor, @PathVariable long id, Staf staf) {
		return foto.jawaban(layanan.untukStaf(staf, nomor).id(), id, false);
	}

	/** A refusal of the request itself (not allowed, no such report) gets the error page; any other shows the form again. */
	private String ditolak(Staf staf, PermintaanDitolakException ex, String nomor, Isian isian, Model model, Locale locale,
			HttpServletResponse response) {
		if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
			throw ex;
		}
		response.setStatus(ex.status().value());
		return tampil(staf, nomor, isian, TindakanDitolakException.semua(ex), model, locale);
	}

	private String tampil(Staf staf, String nomor, Isian isian, List<PermintaanDitolakException> galat, Model model, Locale locale) {
		Pengaduan p = layanan.untukStaf(staf, nomor);
		Pengaduan.Isi isi = p.isi();
		boolean bolehUbah = staf.berwenangAtas(p.opdId());
		boolean dispatcher = staf.adminKota();
		model.addAttribute("p", cari.tampilan(nomor).orElseThrow());
		model.addAttribute("laporan", isi);
		model.addAttribute("saluranPesan", Saluran.kodePesan(isi.saluran()));
		// the reporter's contact is for those who handle the report, and never when they asked to stay anonymous
		boolean kontakTerlihat = bolehUbah && !isi.anonim();
		if (kontakTerlihat && (isi.nama() != null && !isi.nama().isBlank() || isi.telepon() != null || isi.email() != null)) {
			layanan.catatKontakDilihat(nomor);
		}
		model.addAttribute("kontakTerlihat", kontakTerlihat);
		model.addAttribute("jawaban", jawaban.baca(isi.kategoriKode(), isi.atributJson(), locale));
		model.addAttribute("diresponsPada", p.keadaan().diresponsPada);
		model.addAttribute("kaliDibukaKembali", p.keadaan().kaliDibukaKembali);
		model.addAttribute("arah", arah(isi));
		model.addAttribute("aset", asetKota.tampilan(isi.asetJenis(), isi.asetId()));
		model.addAttribute("riwayat", cari.riwayat(p.id(), true));
		model.addAttribute("bolehUbah", bolehUbah);
		model.addAttribute("aksi", p.aksiStaf());
		model.addAttribute("aksiTerpilih", isian.aksi() != null ? isian.aksi() : p.aksiBawaan().name());
		model.addAttribute("bolehRute", dispatcher && p.bolehDirutekan());
		model.addAttribute("bolehGabung", dispatcher && p.bolehDigabung());
		model.addAttribute("daftarOpd", daftarOpd.semua().stream().filter(Opd::aktif).toList());
		model.addAttribute("isian", isian);
		model.addAttribute("galat", galat);
		return "pengaduan/staf-rinci";
	}

	/** Turn-by-turn directions on the officer's phone: to the pin, else to the address as written. */
	private String arah(Pengaduan.Isi isi) {
		String tujuan;
		if (isi.lat() != null && isi.lon() != null) {
			tujuan = String.format(Locale.ROOT, "%.6f,%.6f", isi.lat(), isi.lon());
		}
		else if (isi.alamat() != null && !isi.alamat().isBlank()) {
			String kelurahan = cari.namaKelurahan(isi.kelurahanKode());
			tujuan = isi.alamat() + (kelurahan.isEmpty() ? "" : ", " + kelurahan) + ", " + kota.nama();
		}
		else {
			return null;
		}
		return "https://www.google.com/maps/dir/?api=1&destination=" + URLEncoder.encode(tujuan, StandardCharsets.UTF_8);
	}

	private static AksiStaf aksi(String aksi) {
		try {
			return AksiStaf.valueOf(aksi == null ? "" : aksi);
		}
		catch (IllegalArgumentException ex) {
			throw new PermintaanDitolakException("pengaduan.aksi-tidak-dikenal");
		}
	}
}
