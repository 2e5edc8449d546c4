package id.kotacerdas.pju.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Night patrols: a Dishub officer or a lurah walks a route and marks each pole lit, dark or gone.
 * The phone keeps the marks while offline and sends them when it can; each mark carries an id the
 * phone made, so a mark sent twice (the answer lost on a 3G link) is stored once.
 */
@Service
class Patroli {

	/** Marks one request may carry: a long route's night, well above a phone's backlog. */
	static final int TANDA_MAKS = 500;

	/** A phone's clock may be wrong; a mark dated later than this ahead of the server's is refused. */
	static final Duration JAM_MAJU_MAKS = Duration.ofMinutes(10);

	/** A mark as the phone sends it. {@code status}: NYALA, MATI or HILANG. */
	record TandaMasuk(UUID id, String tiang, StatusTiang status, Instant waktu) {
	}

	private final TiangRepository repo;

	private final Clock clock;

	Patroli(TiangRepository repo, Clock clock) {
		this.repo = repo;
		this.clock = clock;
	}

	/**
	 * Stores the marks of one patrol, all of them or (bad input) none, and answers the ids now
	 * stored: new ones and ones stored before, so the phone forgets both.
	 */
	@Transactional
	List<UUID> simpan(Staf staf, UUID patroli, String kelurahanKode, List<TandaMasuk> tanda) {
		if (!staf.bolehMengubah()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pju.patroli.tidak-berwenang");
		}
		if (patroli == null || tanda == null || tanda.size() > TANDA_MAKS) {
			throw new PermintaanDitolakException("pju.patroli.tanda-salah");
		}
		Instant sekarang = clock.instant();
		for (TandaMasuk t : tanda) {
			if (t == null || t.id() == null || t.tiang() == null || t.status() == null || t.status() == StatusTiang.RUSAK || t.waktu() == null
					|| t.waktu().isAfter(sekarang.plus(JAM_MAJU_MAKS))) {
				throw new PermintaanDitolakException("pju.patroli.tanda-salah");
			}
		}
		repo.patroli(patroli, staf.id(), staf.nama(), kelurahanKode, sekarang);
		if (repo.pemilikPatroli(patroli).filter(id -> id == staf.id()).isEmpty()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pju.patroli.bukan-milik");
		}
		List<UUID> diterima = new ArrayList<>();
		// in the order walked, so the last mark of a pole is its status
		for (TandaMasuk t : tanda.stream().sorted(Comparator.comparing(TandaMasuk::waktu)).toList()) {
			Tiang tiang = repo.kunci(repo.cari(t.tiang()).map(Tiang::kode).orElse(""))
				.orElseThrow(() -> new PermintaanDitolakException("pju.tiang-tidak-dikenal", t.tiang()));
			if (repo.tanda(t.id(), patroli, tiang.kode(), t.status(), t.waktu(), sekarang)) {
				// a mark older than the pole's status (a phone syncing late) is history, not news
				Tiang.Perubahan p = t.waktu().isBefore(tiang.statusSejak()) ? null : tiang.dariPatroli(t.status());
				if (p != null && p.berubah()) {
					repo.terapkan(tiang.kode(), p, t.id().toString(), staf.nama(), t.waktu());
				}
				else {
					repo.catat(tiang.kode(), t.status(), SumberStatus.PATROLI, false, t.id().toString(), staf.nama(), t.waktu());
				}
			}
			diterima.add(t.id());
		}
		return diterima;
	}
}
