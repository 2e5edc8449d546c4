package id.kotacerdas.survei.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TautanPemohon;

/** On the applicant's private page of a completed application of any flow: the survey, until it is answered. */
@Component
class TautanSurvei implements TautanPemohon {

	private final SurveiRepository repo;

	TautanSurvei(SurveiRepository repo) {
		this.repo = repo;
	}

	@Override
	public List<Tautan> tautan(RingkasanPermohonan permohonan, String token) {
		if (permohonan.status() != StatusPermohonan.SELESAI || repo.ada(permohonan.kode())) {
			return List.of();
		}
		return List.of(new Tautan("survei.tautan.isi", SurveiController.jalur(permohonan.kode(), token)));
	}
}
