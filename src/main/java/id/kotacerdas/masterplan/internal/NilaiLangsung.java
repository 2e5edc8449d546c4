package id.kotacerdas.masterplan.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Computes live indicators from their modules' {@link Indikator} beans and stores the result as a snapshot with its
 * source. A year that has closed is computed once after its end and then kept (again only on demand); the current year
 * is refreshed on a schedule and on demand. The dashboards read only snapshots.
 */
@Component
class NilaiLangsung {

	private static final Logger log = LoggerFactory.getLogger(NilaiLangsung.class);

	private final LayananMasterplan layanan;

	private final MasterplanRepository repo;

	private final TransactionTemplate tx;

	private final Clock clock;

	NilaiLangsung(LayananMasterplan layanan, MasterplanRepository repo, TransactionTemplate tx, Clock clock) {
		this.layanan = layanan;
		this.repo = repo;
		this.tx = tx;
		this.clock = clock;
	}

	/** Computes and stores the indicator's value for the year, replacing a stored one. */
	Indikator.Hasil hitung(IndikatorProgram i, int tahun) {
		Indikator sumber = layanan.sumber(i.kodeSumber())
			.orElseThrow(() -> new PermintaanDitolakException(HttpStatus.CONFLICT, "masterplan.sumber-tidak-ada", i.kodeSumber()));
		Periode periode = Periode.tahun(tahun);
		Indikator.Hasil h = sumber.hitung(periode);
		List<Indikator.NilaiWilayah> perKelurahan = sumber.perKelurahan(periode);
		tx.executeWithoutResult(s -> repo.simpanCuplikan(i.id(), tahun, h, perKelurahan, sumber.definisi().sumber().modul()));
		return h;
	}

	/**
	 * Every live indicator: the current year again, and every earlier roadmap year that has no snapshot taken after it
	 * closed. One module failing leaves the others computed.
	 */
	@Scheduled(fixedDelayString = "${kc.masterplan.interval-segar:1h}", initialDelayString = "${kc.masterplan.tunda-awal:2m}")
	void segarkan() {
		int tahunIni = layanan.tahunIni();
		int dihitung = 0;
		for (IndikatorProgram i : repo.indikator()) {
			if (!i.langsung() || layanan.sumber(i.kodeSumber()).isEmpty()) {
				continue;
			}
			for (int tahun : layanan.tahunPeta()) {
				if (tahun > tahunIni) {
					break;
				}
				if (tahun == tahunIni || !final_(repo.cuplikan(i.id(), tahun), tahun)) {
					try {
						hitung(i, tahun);
						dihitung++;
					}
					catch (RuntimeException ex) {
						log.warn("Cannot compute {} for {}: {}", i.kodeSumber(), tahun, ex.toString());
					}
				}
			}
		}
		log.debug("Masterplan: {} live values computed at {}", dihitung, clock.instant());
	}

	/** A closed year's snapshot taken after its end is final. */
	private static boolean final_(Optional<Cuplikan> c, int tahun) {
		return c.isPresent() && !c.get().dihitungPada().isBefore(Periode.tahun(tahun).selesai());
	}
}
