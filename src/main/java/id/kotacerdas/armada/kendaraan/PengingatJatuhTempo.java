package id.kotacerdas.armada.kendaraan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Waktu;

/**
 * Daily STNK and vehicle-tax reminders to the owning agency's administrators, 30 and 7 days
 * before the due date and on it. A due date inside a stage that has no reminder yet gets one, so a
 * day the job did not run is caught up; the table's key keeps each stage to one reminder, and a
 * transaction-scoped advisory lock keeps a second app instance out of the same run.
 */
@Component
class PengingatJatuhTempo {

	private static final Logger log = LoggerFactory.getLogger(PengingatJatuhTempo.class);

	/** Advisory lock key: "armada pengingat". */
	static final long KUNCI = 0x61726d6164615047L;

	static final List<Integer> TAHAP = List.of(0, 7, 30);

	enum Jenis {
		STNK, PAJAK
	}

	record Pengingat(long kendaraanId, String nomorPolisi, Jenis jenis, LocalDate jatuhTempo, int hariSebelum, LocalDate tanggal,
			List<String> penerima) {
	}

	private record Jatuh(long id, String nomorPolisi, long opdId, LocalDate stnk, LocalDate pajak) {
	}

	private final JdbcClient jdbc;

	private final AkunStaf akun;

	private final ObjectProvider<JavaMailSender> surel;

	private final Clock clock;

	PengingatJatuhTempo(JdbcClient jdbc, AkunStaf akun, ObjectProvider<JavaMailSender> surel, Clock clock) {
		this.jdbc = jdbc;
		this.akun = akun;
		this.surel = surel;
		this.clock = clock;
	}

	@Scheduled(cron = "${kc.armada.jadwal-pengingat:0 0 7 * * *}", zone = "Asia/Makassar")
	void terjadwal() {
		int n = kirim();
		if (n > 0) {
			log.info("{} STNK/tax reminders recorded", n);
		}
	}

	/** Records and sends today's due reminders; answers how many, 0 when another instance holds the run. */
	@Transactional
	int kirim() {
		if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(KUNCI).query(Boolean.class).single()) {
			return 0;
		}
		LocalDate hari = LocalDate.now(clock.withZone(Waktu.WITA));
		LocalDate batas = hari.plusDays(TAHAP.get(TAHAP.size() - 1));
		List<Jatuh> jatuh = jdbc.sql("""
				SELECT id, nomor_polisi, opd_id, jatuh_tempo_stnk AS stnk, jatuh_tempo_pajak AS pajak FROM armada.kendaraan
				WHERE status <> 'DIHAPUS' AND (jatuh_tempo_stnk BETWEEN ? AND ? OR jatuh_tempo_pajak BETWEEN ? AND ?)""")
			.params(hari, batas, hari, batas).query(Jatuh.class).list();
		int n = 0;
		for (Jatuh j : jatuh) {
			for (Jenis jenis : Jenis.values()) {
				LocalDate tempo = jenis == Jenis.STNK ? j.stnk() : j.pajak();
				if (tempo == null || tempo.isBefore(hari) || tempo.isAfter(batas)) {
					continue;
				}
				long sisa = ChronoUnit.DAYS.between(hari, tempo);
				int tahap = TAHAP.stream().filter(t -> sisa <= t).findFirst().orElseThrow();
				List<Staf> admin = akun.adminOpd(j.opdId());
				List<String> penerima = admin.stream().map(Staf::email).filter(Objects::nonNull).filter(e -> !e.isBlank()).toList();
				int baru = jdbc.sql("""
						INSERT INTO armada.pengingat (kendaraan_id, jenis, jatuh_tempo, hari_sebelum, tanggal, penerima, dibuat)
						VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
					.params(j.id(), jenis.name(), tempo, tahap, hari, penerima.toArray(String[]::new), Timestamp.from(clock.instant()))
					.update();
				if (baru == 1) {
					n++;
					kabari(new Pengingat(j.id(), j.nomorPolisi(), jenis, tempo, tahap, hari, penerima));
				}
			}
		}
		return n;
	}

	/** Reminders recorded from {@code dari} on, for the vehicles in scope (null: all). */
	List<Pengingat> sejak(LocalDate dari, Long opdId) {
		return jdbc.sql("""
				SELECT p.kendaraan_id, k.nomor_polisi, p.jenis, p.jatuh_tempo, p.hari_sebelum, p.tanggal, p.penerima
				FROM armada.pengingat p JOIN armada.kendaraan k ON k.id = p.kendaraan_id
				WHERE p.tanggal >= ? AND (CAST(? AS bigint) IS NULL OR k.opd_id = ?)
				ORDER BY p.jatuh_tempo, k.nomor_polisi, p.jenis""")
			.params(dari, opdId, opdId)
			.query((rs, i) -> new Pengingat(rs.getLong(1), rs.getString(2), Jenis.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
					rs.getInt(5), rs.getObject(6, LocalDate.class), List.of((String[]) rs.getArray(7).getArray())))
			.list();
	}

	/** E-mail when a mail server is configured (spring.mail.host), otherwise the log. A failed send keeps the record. */
	private void kabari(Pengingat p) {
		String judul = "SiHebat: " + (p.jenis() == Jenis.STNK ? "STNK" : "pajak kendaraan") + " " + p.nomorPolisi() + " jatuh tempo "
				+ p.jatuhTempo();
		long sisa = ChronoUnit.DAYS.between(p.tanggal(), p.jatuhTempo());
		String isi = sisa == 0 ? "Jatuh tempo hari ini." : "Jatuh tempo dalam " + sisa + " hari.";
		JavaMailSender pengirim = surel.getIfAvailable();
		if (pengirim == null || p.penerima().isEmpty()) {
			log.info("Reminder (no e-mail sent): {} — {} to {}", judul, isi, p.penerima());
			return;
		}
		var pesan = new SimpleMailMessage();
		pesan.setTo(p.penerima().toArray(String[]::new));
		pesan.setSubject(judul);
		pesan.setText(isi);
		try {
			pengirim.send(pesan);
		}
		catch (MailException ex) {
			log.warn("Reminder e-mail failed, it stays on the register page: {}", judul, ex);
		}
	}
}
