package id.kotacerdas.pengaduan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags overdue reports, escalates them (agency head at the deadline, dispatchers one working
 * day later), and closes resolved reports whose confirmation window has passed. Rows are
 * claimed with {@code for update skip locked} and the escalation level only rises, so two
 * instances never escalate the same report twice.
 */
@Component
class PenjadwalSla {

	private static final Logger log = LoggerFactory.getLogger(PenjadwalSla.class);

	private static final int KELOMPOK = 200;

	private final PengaduanRepository repo;

	private final PengaduanService layanan;

	private final Pemberitahu pemberitahu;

	private final PengaduanProperties properti;

	private final Clock clock;

	PenjadwalSla(PengaduanRepository repo, PengaduanService layanan, Pemberitahu pemberitahu, PengaduanProperties properti,
			Clock clock) {
		this.repo = repo;
		this.layanan = layanan;
		this.pemberitahu = pemberitahu;
		this.properti = properti;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kc.pengaduan.interval-sla:5m}", initialDelayString = "30s")
	@Transactional
	public void jalankan() {
		Instant sekarang = clock.instant();
		int naik = eskalasi(sekarang, 1, sekarang) + eskalasi(sekarang, 2, sekarang.minus(java.time.Duration.ofDays(1)));
		int tutup = 0;
		for (String nomor : repo.selesaiTanpaKonfirmasi(sekarang.minus(properti.jendelaKonfirmasi()), KELOMPOK)) {
			Pengaduan p = layanan.muat(nomor);
			var dari = p.status();
			p.tutupOtomatis(sekarang);
			layanan.simpanDanUmumkan(p, dari);
			tutup++;
		}
		if (naik + tutup > 0) {
			log.info("SLA run: {} escalations, {} reports closed after the confirmation window", naik, tutup);
		}
	}

	private int eskalasi(Instant sekarang, int tingkat, Instant batas) {
		List<String> nomor = repo.lewatTenggat(batas, tingkat, KELOMPOK);
		for (String n : nomor) {
			Pengaduan p = layanan.muat(n);
			if (p.eskalasi(tingkat, sekarang)) {
				repo.simpan(p);
				pemberitahu.eskalasi(p, tingkat);
			}
		}
		return nomor.size();
	}
}
