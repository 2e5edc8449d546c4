package id.kotacerdas.qris.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.qris.KriteriaMerchant;

@Repository
class AkunKotaRepository {

	private static final String KOLOM = "id, opd_id, nama, gui, pan, id_merchant, nmid, kriteria, mcc, kota, kode_pos, label_terminal";

	private final JdbcClient jdbc;

	AkunKotaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long simpan(long opdId, DataMerchant d) {
		return jdbc.sql("""
				insert into qris.akun_merchant (opd_id, nama, gui, pan, id_merchant, nmid, kriteria, mcc, kota, kode_pos, label_terminal)
				values (:opd, :nama, :gui, :pan, :id, :nmid, :kriteria, :mcc, :kota, :kodePos, :label) returning id""")
				.param("opd", opdId).param("nama", d.nama()).param("gui", d.gui()).param("pan", d.pan()).param("id", d.idMerchant())
				.param("nmid", d.nmid()).param("kriteria", d.kriteria().name()).param("mcc", d.mcc()).param("kota", d.kota())
				.param("kodePos", d.kodePos()).param("label", d.labelTerminal()).query(Long.class).single();
	}

	boolean adaNmid(String nmid) {
		return jdbc.sql("select exists (select 1 from qris.akun_merchant where nmid = :nmid)").param("nmid", nmid).query(Boolean.class).single();
	}

	/** The accounts of one agency, or of the whole city when {@code opdId} is null. */
	List<AkunKota> daftar(Long opdId) {
		return jdbc.sql("select " + KOLOM + " from qris.akun_merchant where cast(:opd as bigint) is null or opd_id = :opd order by nama, id")
				.param("opd", opdId).query(AkunKotaRepository::baris).list();
	}

	Optional<AkunKota> cari(long id) {
		return jdbc.sql("select " + KOLOM + " from qris.akun_merchant where id = :id").param("id", id).query(AkunKotaRepository::baris).optional();
	}

	private static AkunKota baris(ResultSet rs, int i) throws SQLException {
		return new AkunKota(rs.getLong("id"), rs.getLong("opd_id"),
				new DataMerchant(rs.getString("gui"), rs.getString("pan"), rs.getString("id_merchant"), rs.getString("nmid"),
						KriteriaMerchant.valueOf(rs.getString("kriteria")), rs.getString("mcc"), rs.getString("nama"), rs.getString("kota"),
						rs.getString("kode_pos"), rs.getString("label_terminal")));
	}
}
