package id.kotacerdas.dokumen.internal;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes documents whose issuing stopped after their number was taken (the server stopped while
 * rendering or storing): rendered again with that number, signed and stored. Only those older than
 * one interval, so an issue still running is not raced (a race is harmless: the first to record its
 * PDF wins, the other's file is swept). BSrE documents wait for their issuer: the passphrase is never kept.
 */
@Component
class PenyelesaiDokumen {

	private static final int PER_PUTARAN = 50;

	private final LayananDokumen layanan;

	private final DokumenProperties properti;

	private final Clock clock;

	PenyelesaiDokumen(LayananDokumen layanan, DokumenProperties properti, Clock clock) {
		this.layanan = layanan;
		this.properti = properti;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kc.dokumen.interval-penyelesaian:1m}", initialDelayString = "${kc.dokumen.interval-penyelesaian:1m}")
	void selesaikan() {
		layanan.selesaikanTertunda(clock.instant().minus(properti.intervalPenyelesaian()), PER_PUTARAN);
	}
}
