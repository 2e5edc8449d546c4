package id.kotacerdas.layanan.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TautanPemohon;

/** On the applicant's private page of a returned application filed through a service: the page to replace documents. */
@Component
class TautanPerbaikiBerkas implements TautanPemohon {

	@Override
	public List<Tautan> tautan(RingkasanPermohonan p, String token) {
		if (p.alurKode() == null || !p.alurKode().startsWith(JenisLayanan.AWALAN_ALUR) || p.status() != StatusPermohonan.DIKEMBALIKAN) {
			return List.of();
		}
		return List.of(new Tautan("layanan.perbaiki.tautan", "/layanan/perbaiki/" + p.kode() + "/" + token));
	}
}
