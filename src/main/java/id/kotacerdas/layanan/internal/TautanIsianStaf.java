package id.kotacerdas.layanan.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.TautanPemohon;
import id.kotacerdas.permohonan.TautanStaf;

/** On the back office's page of an application filed through a service: its answers, documents and the document check. */
@Component
class TautanIsianStaf implements TautanStaf {

	@Override
	public List<TautanPemohon.Tautan> tautan(RingkasanPermohonan p) {
		if (p.alurKode() == null || !p.alurKode().startsWith(JenisLayanan.AWALAN_ALUR)) {
			return List.of();
		}
		return List.of(new TautanPemohon.Tautan("layanan.staf.tautan", "/staf/layanan/permohonan/" + p.kode()));
	}
}
