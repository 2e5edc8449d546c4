package id.kotacerdas.notifikasi.internal;

import id.kotacerdas.notifikasi.Saluran;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.notifikasi.TeksPesan;

/**
 * Delivers what is due, a batch per transaction, retrying with growing pauses (doubling from
 * {@code tunda-awal} up to {@code tunda-maks}) until a channel takes a message. Messages for a
 * channel this instance does not have (a gateway not configured here) wait untouched, neither
 * attempted nor counted, until an instance that has it takes them. A message still undelivered
 * after {@code umur-pesan-maks} is deleted.
 */
@Component
class Pengirim {

	private static final Logger log = LoggerFactory.getLogger(Pengirim.class);

	private static final int KELOMPOK = 20;

	/** Beyond this many doublings the pause is at its ceiling anyway; keeps the shift from overflowing. */
	private static final int GANDA_MAKS = 30;

	private final KotakKeluar kotak;

	private final DaftarSaluran saluran;

	private final PenyajiPesan penyaji;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final NotifikasiProperties properti;

	Pengirim(KotakKeluar kotak, DaftarSaluran saluran, PenyajiPesan penyaji, Clock clock, TransactionTemplate tx, NotifikasiProperties properti) {
		this.kotak = kotak;
		this.saluran = saluran;
		this.penyaji = penyaji;
		this.clock = clock;
		this.tx = tx;
		this.properti = properti;
	}

	@Scheduled(fixedDelayString = "${kc.notifikasi.interval-kirim}", initialDelayString = "${kc.notifikasi.interval-kirim}")
	void terjadwal() {
		kirimTertunda();
	}

	/** Answers how many attempts were made. */
	int kirimTertunda() {
		hapusKedaluwarsa();
		int semua = 0;
		Integer kelompok;
		do {
			kelompok = tx.execute(s -> kirimSatuKelompok(KELOMPOK, null, null));
			semua += kelompok == null ? 0 : kelompok;
		}
		while (kelompok != null && kelompok == KELOMPOK);
		return semua;
	}

	/** What is due to one recipient on one channel, now; nothing when this instance lacks the channel. */
	int kirimSekarang(String namaSaluran, String tujuan) {
		int semua = 0;
		Integer kelompok;
		do {
			kelompok = tx.execute(s -> kirimSatuKelompok(KELOMPOK, namaSaluran, tujuan));
			semua += kelompok == null ? 0 : kelompok;
		}
		while (kelompok != null && kelompok == KELOMPOK);
		return semua;
	}

	private void hapusKedaluwarsa() {
		int dihapus = kotak.hapusBelumTerkirimSebelum(clock.instant().minus(properti.umurPesanMaks()));
		if (dihapus > 0) {
			log.warn("{} notifications not delivered within {} deleted from the outbox", dihapus, properti.umurPesanMaks());
		}
	}

	/** A batch of due messages, of every ready channel or (with {@code hanyaSaluran}) of one recipient on one. */
	private int kirimSatuKelompok(int maks, String hanyaSaluran, String hanyaTujuan) {
		Set<String> siap = saluran.siap();
		if (hanyaSaluran != null) {
			siap = siap.contains(hanyaSaluran) ? Set.of(hanyaSaluran) : Set.of();
		}
		if (siap.isEmpty()) {
			return 0;
		}
		Instant sekarang = clock.instant();
		List<KotakKeluar.Antrean> antrean = kotak.ambilJatuhWaktu(sekarang, siap, hanyaTujuan, maks);
		for (KotakKeluar.Antrean p : antrean) {
			Saluran s = saluran.untuk(p.saluran()).orElseThrow();
			try {
				TeksPesan teks = penyaji.sajikan(p.templat(), p.parameter(), Locale.forLanguageTag(p.bahasa()));
				s.kirim(p.tujuan(), p.templat(), teks.subjek(), teks.isi());
				kotak.tandaiTerkirim(p.id(), sekarang, s.nama());
			}
			catch (Exception ex) {
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				log.warn("Notification {} via {} failed (attempt {}): {}", p.id(), s.nama(), p.percobaan() + 1, ex.toString());
				kotak.tandaiGagal(p.id(), sekarang, s.nama(), sekarang.plus(tunda(p.percobaan())), ex.toString());
			}
		}
		return antrean.size();
	}

	/** The pause after a failure when {@code sebelumnya} attempts had already failed: 1, 2, 4, … minutes, at most six hours (by default). */
	Duration tunda(int sebelumnya) {
		Duration tunda = properti.tundaAwal().multipliedBy(1L << Math.min(sebelumnya, GANDA_MAKS));
		return tunda.compareTo(properti.tundaMaks()) > 0 ? properti.tundaMaks() : tunda;
	}
}
