package id.kotacerdas.umkm.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.umkm.DaftarUsaha;

/** {@link DaftarUsaha}: live businesses only, the latest first. */
@Repository
class DaftarUsahaRepository implements DaftarUsaha {

	private static final String PILIH = "SELECT id, nama, nik, kelurahan_kode FROM umkm.usaha WHERE status IN ('AKTIF', 'DIAJUKAN') AND ";

	private static final String URUT = " ORDER BY (status = 'AKTIF') DESC, id DESC LIMIT 1";

	private final JdbcClient jdbc;

	DaftarUsahaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Usaha> cariNik(String nik) {
		return jdbc.sql(PILIH + "nik = ?" + URUT).param(nik).query(Usaha.class).optional();
	}

	@Override
	public Optional<Usaha> cariPonsel(String ponsel) {
		return jdbc.sql(PILIH + "telepon = ?" + URUT).param(ponsel).query(Usaha.class).optional();
	}
}
