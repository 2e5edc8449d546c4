package id.kotacerdas.survei.internal;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.PenyelesaianPermohonan;
import id.kotacerdas.permohonan.PenyelesaianPermohonan.Penyelesaian;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The survey of one completed application, opened with the applicant's private token: offered
 * once the application is completed, answered once.
 */
@Service
class LayananSurvei {

	private final MesinPermohonan mesin;

	private final PenyelesaianPermohonan penyelesaian;

	private final SurveiRepository repo;

	private final Clock clock;

	LayananSurvei(MesinPermohonan mesin, PenyelesaianPermohonan penyelesaian, SurveiRepository repo, Clock clock) {
		this.mesin = mesin;
		this.penyelesaian = penyelesaian;
		this.repo = repo;
		this.clock = clock;
	}

	/** The completed application the token opens: 404 for a wrong link, 409 while it is not completed. */
	@Transactional(readOnly = true)
	Penyelesaian untuk(String kode, String token) {
		RingkasanPermohonan r = mesin.cariDenganToken(kode, token);
		return penyelesaian.penyelesaian(r.kode())
			.orElseThrow(() -> new PermintaanDitolakException(HttpStatus.CONFLICT, "survei.belum-selesai", r.kode()));
	}

	@Transactional(readOnly = true)
	boolean sudahDiisi(String kode) {
		return repo.ada(kode);
	}

	/** Stores the answer; 400 with every problem, 409 when this application was answered before. */
	@Transactional
	void simpan(String kode, String token, Map<String, String> isian) {
		Penyelesaian p = untuk(kode, token);
		simpan(Jawaban.dari(p, isian, clock.instant()));
	}

	/** Stores an answer about a completed application (the demo data's, which holds no tokens). */
	@Transactional
	void simpan(Jawaban j) {
		if (!repo.tambah(j)) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "survei.sudah-diisi", j.permohonan().kode());
		}
	}
}
