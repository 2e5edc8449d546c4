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
import id.kotacerdas.platform.Waktu;

/**
 * Answers {@link KalenderKerja} from a {@link Kalender} held in memory. It is read again after
 * every change: on this instance right after the change commits ({@link HariLiburDiubah}), and on
 * every instance by a periodic reload ({@code kc.kalender.segarkan}, a minute), because an edit made
 * on another instance publishes its event there only.
 */
@Service
class LayananKalender implements KalenderKerja {

	private final HariLiburRepository repo;

	private volatile Kalender tembolok;

	LayananKalender(HariLiburRepository repo) {
		this.repo = repo;
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
