package id.kotacerdas.qris.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.qris.NotifikasiPembayaran;
import id.kotacerdas.qris.PenyediaPembayaran;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where acquirers report payments. 2xx only after the notification is committed; a wrong signature
 * gets 401 and nothing is read or stored.
 */
@RestController
class CallbackController {

	/** A notification is a few hundred bytes; anything far larger is not one. */
	static final int ISI_MAKS = 64 * 1024;

	private final DaftarPenyedia daftar;

	private final LayananPembayaran layanan;

	private final MessageSource pesan;

	CallbackController(DaftarPenyedia daftar, LayananPembayaran layanan, MessageSource pesan) {
		this.daftar = daftar;
		this.layanan = layanan;
		this.pesan = pesan;
	}

	@PostMapping("/qris/callback/{penyedia}")
	ResponseEntity<?> terima(@PathVariable String penyedia, HttpServletRequest permintaan) throws IOException {
		PenyediaPembayaran p = daftar.cari(penyedia).orElse(null);
		if (p == null) {
			return masalah(HttpStatus.NOT_FOUND, "qris.callback.penyedia-tidak-dikenal");
		}
		byte[] isi;
		try (InputStream masuk = permintaan.getInputStream()) {
			isi = masuk.readNBytes(ISI_MAKS + 1);
		}
		if (isi.length > ISI_MAKS) {
			return masalah(HttpStatus.PAYLOAD_TOO_LARGE, "qris.callback.terlalu-besar");
		}
		NotifikasiPembayaran n = p.bacaNotifikasi(permintaan::getHeader, isi).orElse(null);
		if (n == null) {
			return masalah(HttpStatus.UNAUTHORIZED, "qris.callback.tanda-salah");
		}
		try {
			long id = layanan.terima(p.kode(), n, isi);
			return ResponseEntity.ok(Map.of("diterima", true, "id", id, "referensi", n.referensi()));
		}
		catch (PermintaanDitolakException ex) {
			return masalah(ex.status(), ex.kodePesan());
		}
	}

	private ResponseEntity<ProblemDetail> masalah(HttpStatus status, String kode) {
		return ResponseEntity.status(status)
				.body(ProblemDetail.forStatusAndDetail(status, pesan.getMessage(kode, null, LocaleContextHolder.getLocale())));
	}
}
