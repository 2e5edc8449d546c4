package id.kotacerdas.berkas.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.berkas.BatasBerkas;
import id.kotacerdas.berkas.Berkas;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.IsiBerkas;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.PekerjaanBerat;
import id.kotacerdas.platform.PermintaanDitolakException;

@Service
class BerkasService implements LayananBerkas {

	private static final Logger log = LoggerFactory.getLogger(BerkasService.class);

	private static final String JPEG = "image/jpeg";

	private final BatasBerkas batas;

	private final PengolahFoto pengolahFoto;

	private final PemeriksaPdf pemeriksaPdf;

	private final Penyimpanan penyimpanan;

	private final BerkasRepository repo;

	private final PekerjaanBerat pekerjaanBerat;

	private final Clock clock;

	private final TransactionTemplate tx;

	BerkasService(BatasBerkas batas, PengolahFoto pengolahFoto, PemeriksaPdf pemeriksaPdf, Penyimpanan penyimpanan,
			BerkasRepository repo, PekerjaanBerat pekerjaanBerat, Clock clock, TransactionTemplate tx) {
		this.tx = tx;
		this.batas = batas;
		this.pengolahFoto = pengolahFoto;
		this.pemeriksaPdf = pemeriksaPdf;
		this.penyimpanan = penyimpanan;
		this.repo = repo;
		this.pekerjaanBerat = pekerjaanBerat;
		this.clock = clock;
	}

	@Override
	public BatasBerkas batas() {
		return batas;
	}

	@Override
	public List<byte[]> terimaFoto(List<MultipartFile> bagian) {
		List<byte[]> hasil = new ArrayList<>();
		for (MultipartFile f : bagian == null ? List.<MultipartFile>of() : bagian) {
			if (f.isEmpty()) {
				continue;
			}
			if (f.getSize() > batas.maksUkuran().toBytes()) {
				throw batas.fotoTerlaluBesar();
			}
			try {
				hasil.add(f.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return hasil;
	}

	@Override
	public void periksaFoto(byte[] unggahan) {
		pengolahFoto.periksa(unggahan);
	}

	@Override
	public List<BerkasBaru> simpanFoto(Pemilik pemilik, List<byte[]> unggahan) {
		if (unggahan.isEmpty()) {
			return List.of(); // nothing to write: a caller inside a transaction (a test's, say) costs nothing here
		}
		tanpaTransaksi();
		unggahan.forEach(pengolahFoto::periksa);
		List<PengolahFoto.Foto> foto = pekerjaanBerat.jalankan(() -> unggahan.stream().map(pengolahFoto::olah).toList());
		Instant sekarang = clock.instant();
		return foto.stream().map(f -> tulis(pemilik, JPEG, f.jpeg(), f.lebar(), f.tinggi(), f.thumbnail(), sekarang)).toList();
	}

	@Override
	public BerkasBaru simpanDokumen(Pemilik pemilik, byte[] unggahan) {
		tanpaTransaksi();
		pemeriksaPdf.periksaKepala(unggahan);
		pekerjaanBerat.jalankan(() -> {
			pemeriksaPdf.periksa(unggahan);
			return null;
		});
		return tulis(pemilik, "application/pdf", unggahan, null, null, null, clock.instant());
	}

	@Override
	public BerkasBaru pindahkan(Pemilik pemilik, String tipeIsi, byte[] isi, Integer lebar, Integer tinggi, byte[] thumbnailJpeg,
			Instant dibuat) {
		tanpaTransaksi();
		return tulis(pemilik, tipeIsi, isi, lebar, tinggi, thumbnailJpeg, dibuat);
	}

	@Override
	public <T> int pindahkanSemua(Supplier<List<T>> berikut, Function<T, BerkasBaru> simpan, BiPredicate<T, UUID> tandai) {
		int dipindah = 0;
		for (List<T> ronde = berikut.get(); !ronde.isEmpty(); ronde = berikut.get()) {
			for (T baris : ronde) {
				BerkasBaru baru = simpan.apply(baris);
				if (Boolean.TRUE.equals(tx.execute(status -> {
					catat(baru);
					if (tandai.test(baris, baru.berkas().id())) {
						return true;
					}
					status.setRollbackOnly();
					return false;
				}))) {
					dipindah++;
				}
			}
		}
		return dipindah;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void catat(BerkasBaru baru) {
		if (baru.thumbnail() != null) {
			repo.tambah(baru.thumbnail(), KunciBerkas.untuk(baru.thumbnail()));
		}
		repo.tambah(baru.berkas(), KunciBerkas.untuk(baru.berkas()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void hapus(UUID id) {
		repo.hapus(id);
	}

	@Override
	public Optional<Berkas> cari(UUID id) {
		return repo.cari(id).map(BerkasRepository.Tersimpan::berkas);
	}

	@Override
	public IsiBerkas baca(UUID id) {
		BerkasRepository.Tersimpan t = repo.cari(id).orElseThrow(BerkasService::tidakAda);
		byte[] isi = penyimpanan.baca(t.kunci()).orElseThrow(() -> {
			log.warn("Stored file {} is registered but its object {} is missing from the store", id, t.kunci());
			return tidakAda();
		});
		return new IsiBerkas(t.berkas(), isi);
	}

	@Override
	public IsiBerkas bacaThumbnail(UUID id) {
		UUID thumbnail = cari(id).map(Berkas::thumbnailId).orElseThrow(BerkasService::tidakAda);
		return baca(thumbnail);
	}

	/** Writes the thumbnail, then the file, each durably; the rows come with {@link #catat}. */
	private BerkasBaru tulis(Pemilik pemilik, String tipeIsi, byte[] isi, Integer lebar, Integer tinggi, byte[] thumbnailJpeg,
			Instant waktu) {
		// as PostgreSQL keeps it, so the description read back equals the one written
		Instant dibuat = waktu.truncatedTo(ChronoUnit.MICROS);
		Berkas kecil = null;
		if (thumbnailJpeg != null) {
			kecil = simpanObjek(new Berkas(UUID.randomUUID(), pemilik, JPEG, thumbnailJpeg.length, Sidik.sha256(thumbnailJpeg), null, null, null,
					dibuat), thumbnailJpeg);
		}
		Berkas berkas = simpanObjek(new Berkas(UUID.randomUUID(), pemilik, tipeIsi, isi.length, Sidik.sha256(isi), lebar, tinggi,
				kecil == null ? null : kecil.id(), dibuat), isi);
		return new BerkasBaru(berkas, kecil);
	}

	private Berkas simpanObjek(Berkas b, byte[] isi) {
		penyimpanan.tulis(KunciBerkas.untuk(b), isi, b.tipeIsi());
		return b;
	}

	/**
	 * Writing to the store and decoding take seconds: done inside a transaction they would hold a
	 * database connection that long, which is what the bounded pool exists to prevent.
	 */
	private static void tanpaTransaksi() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Files are stored before the transaction that registers them, not inside it");
		}
	}

	private static PermintaanDitolakException tidakAda() {
		return PermintaanDitolakException.tidakDitemukan("berkas.tidak-ada");
	}

}
