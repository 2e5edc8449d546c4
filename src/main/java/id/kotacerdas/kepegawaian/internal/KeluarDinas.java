package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.kepegawaian.PegawaiKeluarDinas;
import id.kotacerdas.platform.Waktu;

/**
 * Notices an employee leaving service. Whatever changes a record's legal status (the form, the
 * SIASN import) calls {@link #periksa} in its transaction with the record before and after; the
 * statuses that mean leaving are data (reference list {@code kedudukan-keluar}).
 */
@Component
public class KeluarDinas {

	static final String KEDUDUKAN_KELUAR = "kedudukan-keluar";

	private final KatalogReferensi referensi;

	private final ApplicationEventPublisher peristiwa;

	private final Clock clock;

	KeluarDinas(KatalogReferensi referensi, ApplicationEventPublisher peristiwa, Clock clock) {
		this.referensi = referensi;
		this.peristiwa = peristiwa;
		this.clock = clock;
	}

	/** Whether the legal status means the employee is no longer in the city's service. */
	public boolean keluar(String kedudukanHukum) {
		return kedudukanHukum != null && referensi.cari(KEDUDUKAN_KELUAR, kedudukanHukum).isPresent();
	}

	/**
	 * Publishes {@link PegawaiKeluarDinas} when the change takes an employee out of service (not when
	 * it only corrects one leaving status into another).
	 *
	 * @param lama the record before the change, or null for a new one
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void periksa(Pegawai lama, Pegawai baru) {
		if (keluar(baru.kedudukanHukum()) && (lama == null || !keluar(lama.kedudukanHukum()))) {
			peristiwa.publishEvent(new PegawaiKeluarDinas(baru.nip(), baru.namaLengkap(), baru.kedudukanHukum(), baru.opdId(),
					LocalDate.now(clock.withZone(Waktu.WITA))));
		}
	}
}
