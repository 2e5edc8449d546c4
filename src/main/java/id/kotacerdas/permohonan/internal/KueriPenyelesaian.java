package id.kotacerdas.permohonan.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.permohonan.PenyelesaianPermohonan;

/** Completed applications for compliance reports (the survey module's IKM and on-time pages). */
@Service
@Transactional(readOnly = true)
class KueriPenyelesaian implements PenyelesaianPermohonan {

	private final PermohonanRepository repo;

	KueriPenyelesaian(PermohonanRepository repo) {
		this.repo = repo;
	}

	@Override
	public Optional<Penyelesaian> penyelesaian(String kode) {
		return Optional.ofNullable(KodeLacak.normal(kode)).flatMap(repo::penyelesaian);
	}

	@Override
	public List<Penyelesaian> daftar(Instant dari, Instant sampai, int batas) {
		return repo.daftarSelesai(dari, sampai, batas);
	}

	@Override
	public List<Rekap> rekap(Instant dari, Instant sampai) {
		return repo.rekap(dari, sampai);
	}
}
