package id.kotacerdas.armada.kendaraan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.notifikasi.Kata;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.platform.Waktu;

/**
 * Daily STNK and vehicle-tax reminders to the owning agency's administrators, 30 and 7 days
 * before the due date and on it. A due date inside a stage that has no reminder yet gets one, so a
 * day the job did not run is caught up; the table's key keeps each stage to one reminder, and a
 * transaction-scoped advisory lock keeps a second app instance out of the same run. The e-mails
 * are queued through {@link Notifikasi} in the same transaction as the reminder's row, so they are
 * retried until delivered and never sent for a run that rolled back.
 */
@Component
class PengingatJatuhTempo {

	private static final Logger log = LoggerFactory.getLogger(PengingatJatuhTempo.class);

	static final List<Integer> TAHAP = List.of(0, 7, 30);

	/** Subject and body in i18n/armada.properties: plate, the kind in words, the due date, days left. */
	static final String TEMPLAT = "armada.pengingat.surel";

	enum Jenis {
		STNK, PAJAK;

		/** The kind in the reader's words (armada.pengingat.STNK, …), as on the register page. */
		Kata kata() {
			return new Kata("armada.pengingat." + name());
		}
	}

	record Pengingat(long kendaraanId, String nomorPolisi, Jenis jenis, LocalDate jatuhTempo, int hariSebelum, LocalDate tanggal,
			List<String> penerima) {
	}

	private final PengingatRepository repo;

	private final AkunStaf akun;

	private final Notifikasi notifikasi;

	private final Clock clock;

	private final TransactionTemplate tx;

	PengingatJatuhTempo(PengingatRepository repo, AkunStaf akun, Notifikasi notifikasi, Clock clock, TransactionTemplate tx) {
		this.repo = repo;
		this.akun = akun;
		this.notifikasi = notifikasi;
		this.clock = clock;
		this.tx = tx;
	}

	@Scheduled(cron = "${kc.armada.jadwal-pengingat:0 0 7 * * *}", zone = "Asia/Makassar")
	void terjadwal() {
		int n = kirim();
		if (n > 0) {
			log.info("{} STNK/tax reminders recorded", n);
		}
	}

	/**
	 * Records today's due reminders and queues their e-mails, in one transaction (an explicit one:
	 * the scheduled call comes from inside this bean, where an annotation would not apply); answers
	 * how many, 0 when another instance holds the run.
	 */
	int kirim() {
		Integer n = tx.execute(s -> kirimDalamTransaksi());
		return n == null ? 0 : n;
	}

	private int kirimDalamTransaksi() {
		if (!repo.kunciJalan()) {
			return 0;
		}
		LocalDate hari = LocalDate.now(clock.withZone(Waktu.WITA));
		LocalDate batas = hari.plusDays(TAHAP.get(TAHAP.size() - 1));
		int n = 0;
		for (PengingatRepository.Jatuh j : repo.jatuhTempoAntara(hari, batas)) {
			for (Jenis jenis : Jenis.values()) {
				LocalDate tempo = jenis == Jenis.STNK ? j.stnk() : j.pajak();
				if (tempo == null || tempo.isBefore(hari) || tempo.isAfter(batas)) {
					continue;
				}
				long sisa = ChronoUnit.DAYS.between(hari, tempo);
				int tahap = TAHAP.stream().filter(t -> sisa <= t).findFirst().orElseThrow();
				List<String> penerima = akun.adminOpd(j.opdId()).stream().map(Staf::email).filter(Objects::nonNull)
					.filter(e -> !e.isBlank()).toList();
				Pengingat p = new Pengingat(j.id(), j.nomorPolisi(), jenis, tempo, tahap, hari, penerima);
				if (repo.catat(p, clock.instant())) {
					n++;
					kabari(p, sisa);
				}
			}
		}
		return n;
	}

	/** Reminders recorded from {@code dari} on, for the vehicles in scope (null: all). */
	List<Pengingat> sejak(LocalDate dari, Long opdId) {
		return repo.sejak(dari, opdId);
	}

	/** Staff accounts keep no language: the e-mails are in Indonesian. */
	private void kabari(Pengingat p, long sisaHari) {
		if (p.penerima().isEmpty()) {
			log.info("Reminder for {} has no administrator with an e-mail; it stays on the register page", p.nomorPolisi());
		}
		for (String tujuan : p.penerima()) {
			notifikasi.antre(Pesan.email(tujuan, null, TEMPLAT, p.nomorPolisi(), p.jenis().kata(), p.jatuhTempo(), sisaHari));
		}
	}
}
