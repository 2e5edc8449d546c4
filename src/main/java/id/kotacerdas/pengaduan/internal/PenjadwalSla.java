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
 * Flags overdue reports, escalates missed resolution and missed first-response deadlines on
 * separate tracks (agency head at the deadline, dispatchers one day later), and closes resolved
 * reports whose confirmation window has passed. Rows are claimed with {@code for update skip locked} and the escalation level only rises, so two
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
		Instant kemarin = sekarang.minus(java.time.Duration.ofDays(1));
		int naik = 0;
		for (boolean respons : new boolean[] { false, true }) {
			naik += eskalasi(respons, sekarang, 1, sekarang) + eskalasi(respons, sekarang, 2, kemarin);
		}
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

	/** One escalation level of one track: the resolution deadline, or with {@code respons} the first response. */
	private int eskalasi(boolean respons, Instant sekarang, int tingkat, Instant batas) {
		List<String> nomor = repo.lewatTenggat(respons, batas, tingkat, KELOMPOK);
		for (String n : nomor) {
			Pengaduan p = layanan.muat(n);
			if (respons ? p.eskalasiRespons(tingkat, sekarang) : p.eskalasi(tingkat, sekarang)) {
				repo.simpan(p);
				pemberitahu.eskalasi(p, tingkat, respons ? "notif.eskalasi-respons" : "notif.eskalasi");
			}
		}
		return nomor.size();
	}
}
