package id.kotacerdas.qris.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.qris.NotifikasiPembayaran;
import id.kotacerdas.qris.PembayaranDiterima;

/** Records acquirers' payment notifications once each and announces them. */
@Service
class LayananPembayaran {

	private final PembayaranRepository repo;

	private final ApplicationEventPublisher peristiwa;

	LayananPembayaran(PembayaranRepository repo, ApplicationEventPublisher peristiwa) {
		this.repo = repo;
		this.peristiwa = peristiwa;
	}

	/**
	 * Stores a verified notification and publishes {@link PembayaranDiterima} in the same
	 * transaction (the event registry keeps it until every listener ran). The same notification
	 * again is answered with the first one's id and changes nothing; the same id with another
	 * content is refused (409).
	 *
	 * @return the stored notification's id
	 */
	@Transactional
	long terima(String penyedia, NotifikasiPembayaran n, byte[] isi) {
		String sidik = Sidik.sha256(isi);
		var baru = repo.simpan(penyedia, n, sidik, new String(isi, StandardCharsets.UTF_8));
		if (baru.isPresent()) {
			peristiwa.publishEvent(new PembayaranDiterima(penyedia, n.referensi(), n.nominal(), n.waktu(), n.nmid()));
			return baru.get();
		}
		PembayaranRepository.Tersimpan lama = repo.cari(penyedia, n.idNotifikasi()).orElseThrow();
		if (!lama.sidikIsi().equals(sidik)) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "qris.callback.id-bentrok");
		}
		return lama.id();
	}
}
