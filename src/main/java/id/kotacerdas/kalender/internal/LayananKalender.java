package id.kotacerdas.kalender.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import id.kotacerdas.kalender.HariLibur;
import id.kotacerdas.kalender.HariLiburDiubah;
import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.platform.Siaran;
import id.kotacerdas.platform.Waktu;

/**
 * Answers {@link KalenderKerja} from a {@link Kalender} held in memory. It is read again after
 * every change: on this instance right after the change commits ({@link HariLiburDiubah}), on the
 * other instances when the {@link Siaran} message sent then arrives, and everywhere by a periodic
 * reload ({@code kc.kalender.segarkan}, a minute) as a safety net.
 */
@Service
class LayananKalender implements KalenderKerja {

	private static final String TOPIK = "kalender.hari-libur";

	private final HariLiburRepository repo;

	private final Siaran siaran;

	private volatile Kalender tembolok;

	LayananKalender(HariLiburRepository repo, Siaran siaran) {
		this.repo = repo;
		this.siaran = siaran;
		siaran.langgan(TOPIK, pesan -> muatUlang(), this::muatUlang);
	}

	@Override
	public boolean hariKerja(LocalDate tanggal) {
		return kalender().hariKerja(tanggal);
	}

	@Override
	public Instant tambahHariKerja(Instant mulai, int hariKerja) {
		return kalender().tambahHariKerja(mulai, hariKerja);
	}

	@Override
	public int hariKerjaAntara(LocalDate dari, LocalDate sampai) {
		return kalender().hariKerjaAntara(dari, sampai);
	}

	@Override
	public int hariKerjaAntara(Instant dari, Instant sampai) {
		return hariKerjaAntara(Waktu.wita(dari).toLocalDate(), Waktu.wita(sampai).toLocalDate());
	}

	@Override
	public List<HariLibur> hariLibur(int tahun) {
		return kalender().hariLibur(tahun);
	}

	/** After the commit: reading before it could cache the old rows again. */
	@TransactionalEventListener
	public void hariLiburDiubah(HariLiburDiubah peristiwa) {
		muatUlang();
		siaran.kirim(TOPIK, "");
	}

	@Scheduled(fixedDelayString = "${kc.kalender.segarkan:1m}", initialDelayString = "${kc.kalender.segarkan:1m}")
	public void segarkan() {
		muatUlang();
	}

	private Kalender kalender() {
		Kalender k = tembolok;
		return k != null ? k : muatUlang();
	}

	/** One reload at a time, so a slow periodic read cannot overwrite the newer one an edit triggered. */
	private synchronized Kalender muatUlang() {
		Kalender k = new Kalender(repo.semua());
		tembolok = k;
		return k;
	}
}
