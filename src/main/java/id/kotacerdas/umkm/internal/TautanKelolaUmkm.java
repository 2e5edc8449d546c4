package id.kotacerdas.umkm.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.TautanPemohon;

/** On the engine's private page of a UMKM registration: the owner's page to change the business, its products and listing. */
@Component
class TautanKelolaUmkm implements TautanPemohon {

	@Override
	public List<Tautan> tautan(RingkasanPermohonan permohonan, String token) {
		return RegisterUmkm.ALUR.equals(permohonan.alurKode())
				? List.of(new Tautan("umkm.kelola.tautan", "/umkm/kelola/" + permohonan.kode() + "/" + token)) : List.of();
	}
}
