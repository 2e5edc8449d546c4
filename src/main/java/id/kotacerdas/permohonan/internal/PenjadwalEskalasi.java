package id.kotacerdas.permohonan.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates steps whose deadline passed: the owning agency's administrators hear once per step.
 * Rows are claimed with {@code for update skip locked} and the escalated step only rises, so two
 * instances never escalate the same step twice.
 */
@Component
class PenjadwalEskalasi {

	private static final Logger log = LoggerFactory.getLogger(PenjadwalEskalasi.class);

	private static final int KELOMPOK = 200;

	private final PermohonanRepository repo;

	private final LayananPermohonan layanan;

	private final Clock clock;

	PenjadwalEskalasi(PermohonanRepository repo, LayananPermohonan layanan, Clock clock) {
		this.repo = repo;
		this.layanan = layanan;
		this.clock = clock;
	}

	/** One run; answers how many steps were escalated. */
	@Scheduled(fixedDelayString = "${kc.permohonan.interval-eskalasi:5m}", initialDelayString = "45s")
	@Transactional
	public int jalankan() {
		Instant sekarang = clock.instant();
		int naik = 0;
		for (String kode : repo.lewatTenggatBelumEskalasi(sekarang, KELOMPOK)) {
			if (layanan.eskalasi(kode, sekarang)) {
				naik++;
			}
		}
		if (naik > 0) {
			log.info("Applications: {} overdue steps escalated", naik);
		}
		return naik;
	}
}
