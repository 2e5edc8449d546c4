package id.kotacerdas.armada.pelacakan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Pattern NAMA_HARIAN = Pattern.compile("posisi_p[0-9]{8}");

	private final PosisiRepository repo;

	private final Clock clock;

	private final ArmadaProperties properti;

	PartisiPosisi(PosisiRepository repo, Clock clock, ArmadaProperties properti) {
		this.repo = repo;
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
		if (repo.tabelAda(nama)) {
			return;
		}
		repo.buatPartisi(nama, hari.atStartOfDay(Waktu.WITA).toOffsetDateTime(), hari.plusDays(1).atStartOfDay(Waktu.WITA).toOffsetDateTime());
		log.info("Created position partition armada.{}", nama);
	}

	private void hapusLama(LocalDate batas) {
		List<String> harian = repo.partisi().stream().filter(n -> NAMA_HARIAN.matcher(n).matches()).toList();
		for (String nama : harian) {
			if (LocalDate.parse(nama.substring("posisi_p".length()), DateTimeFormatter.BASIC_ISO_DATE).isBefore(batas)) {
				repo.hapusPartisi(nama);
				log.info("Dropped position partition armada.{} (older than {} days)", nama, properti.retensiHari());
			}
		}
		repo.hapusSebelumDiPartisiBawaan(batas.atStartOfDay(Waktu.WITA).toInstant());
	}
}
