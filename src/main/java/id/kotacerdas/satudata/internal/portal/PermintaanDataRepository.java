package id.kotacerdas.satudata.internal.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PermintaanDataRepository {

	private static final String KOLOM = "select id, kode, nama, email, telepon, instansi, data_diminta, keperluan, dibuat from satudata.permintaan_data";

	private final JdbcClient jdbc;

	PermintaanDataRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long tambah(PermintaanData p) {
		return jdbc.sql("""
				insert into satudata.permintaan_data (kode, nama, email, telepon, instansi, data_diminta, keperluan, dibuat)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(p.kode(), p.nama(), p.email(), p.telepon(), p.instansi(), p.dataDiminta(), p.keperluan(), Timestamp.from(p.dibuat()))
			.query(Long.class).single();
	}

	List<PermintaanData> terbaru(int batas) {
		return jdbc.sql(KOLOM + " order by dibuat desc, id desc limit ?").param(batas).query(PermintaanDataRepository::baris).list();
	}

	Optional<PermintaanData> cari(long id) {
		return jdbc.sql(KOLOM + " where id = ?").param(id).query(PermintaanDataRepository::baris).optional();
	}

	Optional<PermintaanData> cariKode(String kode) {
		return jdbc.sql(KOLOM + " where kode = ?").param(kode).query(PermintaanDataRepository::baris).optional();
	}

	private static PermintaanData baris(ResultSet rs, int n) throws SQLException {
		return new PermintaanData(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"), rs.getString("email"), rs.getString("telepon"),
				rs.getString("instansi"), rs.getString("data_diminta"), rs.getString("keperluan"), rs.getTimestamp("dibuat").toInstant());
	}
}
