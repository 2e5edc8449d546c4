package id.kotacerdas.pelatihan.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.Waktu;

/** The module's periodic work: follow-ups that fell due, and participants whose business has been registered since. */
@Component
class PenjadwalPelatihan {

	private static final Logger log = LoggerFactory.getLogger(PenjadwalPelatihan.class);

	private final LayananPelatihan layanan;

	private final Clock clock;

	PenjadwalPelatihan(LayananPelatihan layanan, Clock clock) {
		this.layanan = layanan;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${kc.pelatihan.interval:15m}", fixedDelayString = "${kc.pelatihan.interval:15m}")
	void jalankan() {
		int tindakLanjut = layanan.kirimTindakLanjut(LocalDate.now(clock.withZone(Waktu.WITA)));
		int cocok = layanan.cocokkanUsaha();
		if (tindakLanjut + cocok > 0) {
			log.info("Training: {} follow-ups sent, {} participants tied to their business", tindakLanjut, cocok);
		}
	}
}
