package id.kotacerdas.umkm.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kotacerdas.pasar.UsahaPedagang;

/**
 * The trader's business on a market stall's page, found by the owner's NIK: the NIK is already checked on both
 * sides, stays with the person when a stall changes hands, and needs neither module to keep the other's ids.
 * Only the business's name leaves, and its public page when it is listed.
 */
@Component
class UsahaPedagangUmkm implements UsahaPedagang {

	private final UsahaRepository repo;

	UsahaPedagangUmkm(UsahaRepository repo) {
		this.repo = repo;
	}

	@Override
	public Optional<Terkait> untukNik(String nik) {
		return repo.aktifMilik(nik).stream().findFirst()
			.map(u -> new Terkait(u.nama(), u.tampilPublik() ? "/umkm/" + u.id() : null));
	}
}
