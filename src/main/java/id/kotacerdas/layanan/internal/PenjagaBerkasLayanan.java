package id.kotacerdas.layanan.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kotacerdas.permohonan.PenjagaPersetujuan;
import id.kotacerdas.permohonan.RingkasanPermohonan;

/**
 * No step of a service application is approved while a required document is not ticked present,
 * whichever page approves: this module's document check or the engine's generic staff page.
 */
@Component
class PenjagaBerkasLayanan implements PenjagaPersetujuan {

	private final PengajuanRepository repo;

	PenjagaBerkasLayanan(PengajuanRepository repo) {
		this.repo = repo;
	}

	@Override
	public Optional<Alasan> tahan(RingkasanPermohonan p) {
		if (p.alurKode() == null || !p.alurKode().startsWith(JenisLayanan.AWALAN_ALUR)) {
			return Optional.empty();
		}
		return repo.cari(p.kode()).map(pj -> PengajuanService.kurang(repo, pj)).filter(k -> !k.isEmpty())
			.map(k -> new Alasan("layanan.galat.masih-kurang", String.join(", ", k)));
	}
}
