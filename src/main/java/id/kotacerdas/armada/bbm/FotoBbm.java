package id.kotacerdas.armada.bbm;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The odometer and receipt photos of a purchase, kept in the berkas module's store: re-encoded
 * without their metadata (a phone's EXIF holds where the officer stood), within the upload limits.
 * Photos stored before that, as uploaded, are moved there a few at a time, re-encoded too.
 */
@Service
class FotoBbm {

	private static final Logger log = LoggerFactory.getLogger(FotoBbm.class);

	/** Photos moved per round: a few megabytes held in memory. */
	private static final int PER_PINDAH = 20;

	enum Jenis {
		ODOMETER, STRUK;

		Pemilik pemilik() {
			return new Pemilik("armada", name().toLowerCase(Locale.ROOT));
		}
	}

	private final FotoBbmRepository repo;

	private final LayananBerkas berkas;

	private final RegisterKendaraan register;

	private final PembelianBbmRepository pembelian;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	FotoBbm(FotoBbmRepository repo, LayananBerkas berkas, RegisterKendaraan register, PembelianBbmRepository pembelian, AuditLog audit,
			TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.berkas = berkas;
		this.register = register;
		this.pembelian = pembelian;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** Re-encodes and stores the photo with no transaction open, then registers it with the purchase in one. */
	void simpan(Staf staf, long kendaraanId, long pembelianId, Jenis jenis, byte[] isi) {
		Kendaraan k = periksaPembelian(staf, kendaraanId, pembelianId);
		if (!staf.berwenangAtas(k.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "armada.tidak-berwenang");
		}
		BerkasBaru baru = berkas.simpanFoto(jenis.pemilik(), List.of(isi)).get(0);
		tx.executeWithoutResult(status -> {
			berkas.catat(baru);
			repo.simpan(pembelianId, jenis, baru.berkas().id(), staf.username(), clock.instant()).ifPresent(berkas::hapus);
			audit.catat("bbm.foto", "pembelian-bbm", String.valueOf(pembelianId), null,
					Map.of("jenis", jenis.name(), "tipeIsi", baru.berkas().tipeIsi(), "ukuran", baru.berkas().ukuran()));
		});
	}

	ResponseEntity<byte[]> baca(Staf staf, long kendaraanId, long pembelianId, Jenis jenis) {
		periksaPembelian(staf, kendaraanId, pembelianId);
		FotoBbmRepository.Foto f = repo.cari(pembelianId, jenis)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("armada.foto.tidak-ada"));
		if (f.berkasId() != null) {
			// staff data: no cache rule of its own, so the security defaults (no-store) apply
			return berkas.baca(f.berkasId()).jawaban(CacheControl.empty());
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.tipeIsi())).body(f.lama());
	}

	private Kendaraan periksaPembelian(Staf staf, long kendaraanId, long pembelianId) {
		Kendaraan k = register.lihat(staf, kendaraanId);
		pembelian.cari(pembelianId)
			.filter(p -> p.kendaraanId() == kendaraanId)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("armada.bbm.tidak-ada", pembelianId));
		return k;
	}

	/**
	 * Round by round (safe with several instances): each photo is re-encoded (its metadata dropped)
	 * and written to the store, then pointed at in one transaction. A photo that cannot be decoded
	 * any more is moved as it is, so nothing is lost.
	 */
	@Scheduled(initialDelayString = "20s", fixedDelayString = "10m")
	void pindahkanLama() {
		int jumlah = berkas.pindahkanSemua(() -> repo.lama(PER_PINDAH), this::simpanLama,
				(f, berkasId) -> repo.dipindah(f.pembelianId(), f.jenis(), berkasId));
		if (jumlah > 0) {
			log.info("Moved {} fuel purchase photos into the file store", jumlah);
		}
	}

	private BerkasBaru simpanLama(FotoBbmRepository.FotoLama f) {
		try {
			return berkas.simpanFoto(f.jenis().pemilik(), List.of(f.isi())).get(0);
		}
		catch (CobaLagiNantiException sibuk) {
			throw sibuk;
		}
		catch (PermintaanDitolakException tidakTerbaca) {
			log.warn("Fuel purchase {}'s {} photo cannot be re-encoded ({}); moved unchanged", f.pembelianId(), f.jenis(),
					tidakTerbaca.kodePesan());
			return berkas.pindahkan(f.jenis().pemilik(), f.tipeIsi(), f.isi(), null, null, null, f.diunggah());
		}
	}
}
