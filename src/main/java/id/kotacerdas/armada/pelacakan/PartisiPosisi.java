package id.kotacerdas.armada.pelacakan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.Waktu;

/**
 * Daily partitions of {@code armada.posisi} (by WITA day): created a few days ahead, dropped
 * whole after the retention period, which costs nothing compared with deleting rows.
 */
@Component
class PartisiPosisi {

	private static final Logger log = LoggerFactory.getLogger(PartisiPosisi.class);

	static final int HARI_KE_DEPAN = 3;

	private static final DateTimeFormatter NAMA = DateTimeFormatter.ofPattern("'posisi_p'yyyyMMdd", Locale.ROOT);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ArmadaProperties properti;

	PartisiPosisi(JdbcClient jdbc, Clock clock, ArmadaProperties properti) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properti = properti;
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "Asia/Makassar")
	void siapkan() {
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		// only today onwards: an older day may already have rows in the default partition
		for (int i = 0; i <= HARI_KE_DEPAN; i++) {
			buat(hariIni.plusDays(i));
		}
		hapusLama(hariIni.minusDays(properti.retensiHari()));
	}

	private void buat(LocalDate hari) {
		String nama = NAMA.format(hari);
		if (jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("armada." + nama).query(Boolean.class).single()) {
			return;
		}
		jdbc.sql("CREATE TABLE IF NOT EXISTS armada.%s PARTITION OF armada.posisi FOR VALUES FROM ('%s') TO ('%s')"
			.formatted(nama, hari.atStartOfDay(Waktu.WITA).toOffsetDateTime(), hari.plusDays(1).atStartOfDay(Waktu.WITA).toOffsetDateTime()))
			.update();
		log.info("Created position partition armada.{}", nama);
	}

	private void hapusLama(LocalDate batas) {
		List<String> anak = jdbc.sql("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				WHERE i.inhparent = 'armada.posisi'::regclass AND c.relname ~ '^posisi_p[0-9]{8}$'""")
			.query(String.class)
			.list();
		for (String nama : anak) {
			if (LocalDate.parse(nama.substring("posisi_p".length()), DateTimeFormatter.BASIC_ISO_DATE).isBefore(batas)) {
				jdbc.sql("DROP TABLE armada." + nama).update();
				log.info("Dropped position partition armada.{} (older than {} days)", nama, properti.retensiHari());
			}
		}
		jdbc.sql("DELETE FROM armada.posisi_lama WHERE waktu < ?")
			.param(Timestamp.from(batas.atStartOfDay(Waktu.WITA).toInstant()))
			.update();
	}
}
