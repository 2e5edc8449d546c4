package id.kotacerdas.platform;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Event listeners that failed — typically because the database went away under them — run
 * again once it is back, without waiting for a restart. Spring Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) marks publications left unfinished as failed; this
 * resubmits failed ones. The registry claims each publication before resubmitting it, so two
 * instances never run the same one twice.
 */
@Component
class PeristiwaTertunda {

	private final FailedEventPublications gagal;

	PeristiwaTertunda(FailedEventPublications gagal) {
		this.gagal = gagal;
	}

	@Scheduled(fixedDelayString = "${kc.peristiwa.interval-kirim-ulang:30s}", initialDelayString = "${kc.peristiwa.interval-kirim-ulang:30s}")
	void kirimUlang() {
		gagal.resubmit(ResubmissionOptions.defaults());
	}
}
