package id.kotacerdas.akun.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.AkunKeluarDinas;
import id.kotacerdas.platform.Nip;

/** The accounts to deactivate because their employee left service ({@code akun.keluar_dinas}). */
@Repository
class KeluarDinasRepository implements AkunKeluarDinas {

	private final JdbcClient jdbc;

	KeluarDinasRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void tandai(Nip nip, LocalDate sejak) {
		jdbc.sql("INSERT INTO akun.keluar_dinas (nip, sejak) VALUES (?, ?) ON CONFLICT (nip) DO NOTHING").params(nip.nilai(), sejak).update();
	}

	/** Since when each flagged active account's employee is out of service, by the account's id. */
	Map<Long, LocalDate> akunAktif() {
		return jdbc.sql("SELECT p.id, k.sejak FROM akun.pengguna p JOIN akun.keluar_dinas k ON k.nip = p.nip WHERE p.aktif")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
