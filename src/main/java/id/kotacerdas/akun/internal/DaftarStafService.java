package id.kotacerdas.akun.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;

import id.kotacerdas.akun.DaftarStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;

@Service
class DaftarStafService implements DaftarStaf {

	private final PenggunaRepository pengguna;

	private final DaftarOpd opd;

	DaftarStafService(PenggunaRepository pengguna, DaftarOpd opd) {
		this.pengguna = pengguna;
		this.opd = opd;
	}

	@Override
	public Optional<Staf> cari(long id) {
		return pengguna.cari(id).map(p -> p.keStaf(p.opdId() == null || opd.cari(p.opdId()).map(Opd::aktif).orElse(false)));
	}
}
