package id.kotacerdas.dokumen.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.CacheControl;
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

import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public verification page a document's QR code opens (no script, no account): what was
 * issued to whom (NIK masked), whether it still stands, which signature it carries; and
 * upload-to-verify, which accepts only the issued PDF itself, byte for byte.
 */
@Controller
@RequestMapping("/v/{id}")
class VerifikasiController {

	private final LayananDokumen layanan;

	private final DokumenRepository repo;

	private final DaftarOpd opd;

	private final PenandaTanganLokal lokal;

	private final java.time.Clock clock;

	VerifikasiController(LayananDokumen layanan, DokumenRepository repo, DaftarOpd opd, PenandaTanganLokal lokal, java.time.Clock clock) {
		this.layanan = layanan;
		this.repo = repo;
		this.opd = opd;
		this.lokal = lokal;
		this.clock = clock;
	}

	@GetMapping
	String lihat(@PathVariable String id, Model model, HttpServletResponse response) {
		return halaman(muat(id), null, model, response);
	}

	@PostMapping("/periksa")
	@BatasLaju("dokumen-periksa")
	String periksa(@PathVariable String id, @RequestParam(name = "berkas", required = false) MultipartFile berkas, Model model,
			HttpServletResponse response) {
		Dokumen d = muat(id);
		if (berkas == null || berkas.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return halaman(d, "kosong", model, response);
		}
		byte[] isi;
		try {
			isi = berkas.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean asli = layanan.asli(d, isi);
		if (!asli) {
			// not the issued file: refused, whatever else it may look like
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return halaman(d, asli ? "asli" : "berbeda", model, response);
	}

	/** The holder's download (the link on their private page). */
	@GetMapping("/unduh/{kunci}")
	ResponseEntity<byte[]> unduh(@PathVariable String id, @PathVariable String kunci) {
		return layanan.bacaDenganKunci(uuid(id), kunci).jawaban(CacheControl.noStore());
	}

	private Dokumen muat(String id) {
		return layanan.muat(uuid(id));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw PermintaanDitolakException.tidakDitemukan("dokumen.tidak-ada");
		}
	}

	private String halaman(Dokumen d, String hasil, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		Jenis j = repo.jenis(d.jenisKode()).orElseThrow();
		LocalDate hariIni = Waktu.wita(clock.instant()).toLocalDate();
		String status = d.dicabut() ? "dicabut"
				: d.berlakuSampai() != null && d.berlakuSampai().isBefore(hariIni) ? "kedaluwarsa" : "berlaku";
		String penerbit = d.opdId() == null ? null : opd.cari(d.opdId()).map(Opd::nama).orElse(null);
		String sertifikat = d.tandaTangan() == JenisTandaTangan.LOKAL ? lokal.sertifikat().pemilik() : null;
		model.addAttribute("v", new Tampilan(d.id().toString(), j.nama(), d.nomor(), Waktu.formatTanggal(d.diterbitkanPada()), d.nama(),
				Nik.dari(d.nik()).tersamar(), d.perihal(), d.berlakuSampai() == null ? null : Waktu.formatTanggal(d.berlakuSampai()),
				penerbit, d.data().namaUnit(), status, d.dicabut() ? Waktu.formatTanggal(d.dicabutPada()) : null, d.alasanCabut(),
				d.tandaTangan().name().toLowerCase(java.util.Locale.ROOT), sertifikat,
				d.tandaTangan() == JenisTandaTangan.LOKAL && lokal.sertifikat().swaTanda()));
		model.addAttribute("hasil", hasil);
		return "dokumen/verifikasi";
	}

	/** What the page shows, already in words. {@code status}: berlaku, kedaluwarsa or dicabut; {@code tandaTangan}: lokal, bsre or tanpa. */
	record Tampilan(String id, String judul, String nomor, String tanggal, String nama, String nik, String perihal, String berlakuSampai,
			String penerbit, String unit, String status, String dicabutPada, String alasanCabut, String tandaTangan, String sertifikat,
			boolean swaTanda) {
	}
}
