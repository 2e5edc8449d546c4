package id.kotacerdas.pengaduan.internal;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The photos of reports, kept in the berkas module's store. Photos filed before they moved there
 * still live in {@code pengaduan.foto}'s own columns until this moves them, a few at a time, into
 * the store unchanged (they were re-encoded when uploaded); until then they are served from there.
 */
@Component
class FotoPengaduan {

	private static final Logger log = LoggerFactory.getLogger(FotoPengaduan.class);

	/** Photos are immutable and their URLs never reused; private: a confidential report's photo must not sit in a shared cache. */
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(7)).cachePrivate();

	/** Photos moved per round: a few megabytes held in memory. */
	private static final int PER_PINDAH = 20;

	private final PengaduanRepository repo;

	private final LayananBerkas berkas;

	private final TransactionTemplate tx;

	FotoPengaduan(PengaduanRepository repo, LayananBerkas berkas, TransactionTemplate tx) {
		this.repo = repo;
		this.berkas = berkas;
		this.tx = tx;
	}

	/** The photo (or its thumbnail) of the report, once the caller has checked who may see the report. */
	ResponseEntity<byte[]> jawaban(long pengaduanId, long fotoId, boolean thumbnail) {
		PengaduanRepository.Foto f = repo.foto(pengaduanId, fotoId, thumbnail)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", "foto"));
		if (f.berkasId() != null) {
			return (thumbnail ? berkas.bacaThumbnail(f.berkasId()) : berkas.baca(f.berkasId())).jawaban(CACHE);
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CACHE).body(f.lama());
	}

	@Scheduled(initialDelayString = "20s", fixedDelayString = "10m")
	void pindahkanLama() {
		int jumlah = 0;
		for (int n = pindahkan(); n > 0; n = pindahkan()) {
			jumlah += n;
		}
		if (jumlah > 0) {
			log.info("Moved {} photos of reports into the file store", jumlah);
		}
	}

	/**
	 * One round: each photo is written to the store with no transaction open, then registered and
	 * pointed at in one transaction; a photo another instance moved meanwhile is left to it (the
	 * copy written here is swept away).
	 *
	 * @return the photos this round looked at (0: none left)
	 */
	int pindahkan() {
		List<PengaduanRepository.FotoLama> lama = repo.fotoLama(PER_PINDAH);
		for (PengaduanRepository.FotoLama f : lama) {
			BerkasBaru baru = berkas.pindahkan(PengaduanService.FOTO, MediaType.IMAGE_JPEG_VALUE, f.gambar(), f.lebar(), f.tinggi(),
					f.thumbnail(), f.dibuat());
			tx.executeWithoutResult(status -> {
				berkas.catat(baru);
				if (!repo.fotoDipindah(f.id(), baru.berkas().id())) {
					status.setRollbackOnly();
				}
			});
		}
		return lama.size();
	}
}
