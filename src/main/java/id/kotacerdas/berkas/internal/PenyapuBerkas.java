package id.kotacerdas.berkas.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stored objects that no row names: written by a request whose transaction then rolled
 * back, or whose row was deleted. Only objects older than the grace period are considered, so a
 * file written a moment ago whose transaction has not committed yet is never touched; and only
 * keys of the shape this module writes, so a bucket shared with other data is safe. Several
 * instances may sweep at once: a removal is idempotent.
 */
@Component
class PenyapuBerkas {

	private static final Logger log = LoggerFactory.getLogger(PenyapuBerkas.class);

	/** Keys checked against the table in one query. */
	static final int HALAMAN = 500;

	private final Penyimpanan penyimpanan;

	private final BerkasRepository repo;

	private final Duration masaTenggang;

	private final Clock clock;

	PenyapuBerkas(Penyimpanan penyimpanan, BerkasRepository repo, BerkasProperties properti, Clock clock) {
		this.penyimpanan = penyimpanan;
		this.repo = repo;
		this.masaTenggang = properti.masaTenggang();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kc.berkas.interval-sapu}", initialDelayString = "${kc.berkas.interval-sapu}")
	void jadwal() {
		sapu();
	}

	/** @return how many objects were removed */
	int sapu() {
		int[] dihapus = { 0 };
		penyimpanan.telusuri(clock.instant().minus(masaTenggang), halaman -> {
			List<String> milikKita = halaman.stream().filter(k -> KunciBerkas.MILIK_KITA.matcher(k).matches()).toList();
			if (milikKita.isEmpty()) {
				return;
			}
			var dikenal = repo.dikenal(milikKita);
			for (String kunci : milikKita) {
				if (!dikenal.contains(kunci)) {
					penyimpanan.hapus(kunci);
					dihapus[0]++;
				}
			}
		});
		if (dihapus[0] > 0) {
			log.info("Removed {} stored objects that no row names", dihapus[0]);
		}
		return dihapus[0];
	}
}
