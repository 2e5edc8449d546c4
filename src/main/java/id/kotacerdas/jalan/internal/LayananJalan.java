package id.kotacerdas.jalan.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.kotacerdas.jalan.DaftarRuas;
import id.kotacerdas.jalan.RuasJalan;

/** Road segments for other modules. */
@Service
class LayananJalan implements DaftarRuas {

	private final RuasRepository repo;

	LayananJalan(RuasRepository repo) {
		this.repo = repo;
	}

	@Override
	public Optional<RuasJalan> cari(String kode) {
		return kode == null ? Optional.empty() : repo.cari(kode).map(r -> new RuasJalan(r.kode(), r.nama()));
	}

	@Override
	public List<RuasJalan> semua() {
		return repo.semua().stream().map(r -> new RuasJalan(r.kode(), r.nama())).toList();
	}
}
