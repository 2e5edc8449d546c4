package id.kotacerdas.pengaduan.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

	FotoPengaduan(PengaduanRepository repo, LayananBerkas berkas) {
		this.repo = repo;
		this.berkas = berkas;
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

	/** Round by round (safe with several instances): written to the store first, then pointed at in one transaction. */
	@Scheduled(initialDelayString = "20s", fixedDelayString = "10m")
	void pindahkanLama() {
		int jumlah = berkas.pindahkanSemua(() -> repo.fotoLama(PER_PINDAH),
				f -> berkas.pindahkan(PengaduanService.FOTO, MediaType.IMAGE_JPEG_VALUE, f.gambar(), f.lebar(), f.tinggi(), f.thumbnail(),
						f.dibuat()),
				(f, berkasId) -> repo.fotoDipindah(f.id(), berkasId));
		if (jumlah > 0) {
			log.info("Moved {} photos of reports into the file store", jumlah);
		}
	}
}
