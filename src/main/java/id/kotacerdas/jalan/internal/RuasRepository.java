package id.kotacerdas.jalan.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The segment register and its condition surveys. */
@Repository
class RuasRepository {

	/** Each segment with its latest survey (none before the first). */
	private static final String DENGAN_KONDISI = """
			select r.*, k.tanggal, k.metode, k.nilai, k.kelas from jalan.ruas r
			left join lateral (select * from jalan.kondisi k where k.ruas_kode = r.kode order by k.tanggal desc, k.id desc limit 1) k on true
			""";

	private final JdbcClient jdbc;

	RuasRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Ruas> semua() {
		return jdbc.sql(DENGAN_KONDISI + " order by r.nama, r.kode").query(RuasRepository::baca).list();
	}

	Optional<Ruas> cari(String kode) {
		return jdbc.sql(DENGAN_KONDISI + " where upper(r.kode) = upper(:kode)").param("kode", kode).query(RuasRepository::baca).optional();
	}

	void simpan(Ruas r) {
		jdbc.sql("""
				insert into jalan.ruas (kode, nama, pangkal_lat, pangkal_lon, ujung_lat, ujung_lon, panjang_m, lebar_m, permukaan, opd_id,
				  pekerjaan_terakhir, pekerjaan_tahun)
				values (:kode, :nama, :plat, :plon, :ulat, :ulon, :panjang, :lebar, :permukaan, :opd, :kerja, :tahun)
				on conflict (kode) do update set nama = excluded.nama, pangkal_lat = excluded.pangkal_lat, pangkal_lon = excluded.pangkal_lon,
				  ujung_lat = excluded.ujung_lat, ujung_lon = excluded.ujung_lon, panjang_m = excluded.panjang_m, lebar_m = excluded.lebar_m,
				  permukaan = excluded.permukaan, opd_id = excluded.opd_id, pekerjaan_terakhir = excluded.pekerjaan_terakhir,
				  pekerjaan_tahun = excluded.pekerjaan_tahun""")
			.param("kode", r.kode()).param("nama", r.nama()).param("plat", r.pangkalLat()).param("plon", r.pangkalLon())
			.param("ulat", r.ujungLat()).param("ulon", r.ujungLon()).param("panjang", r.panjangM()).param("lebar", r.lebarM())
			.param("permukaan", r.permukaan().name()).param("opd", r.opdId()).param("kerja", r.pekerjaanTerakhir())
			.param("tahun", r.pekerjaanTahun())
			.update();
	}

	void catatKondisi(String kode, Ruas.Kondisi k, String oleh) {
		jdbc.sql("insert into jalan.kondisi (ruas_kode, tanggal, metode, nilai, kelas, oleh) values (:kode, :tanggal, :metode, :nilai, :kelas, :oleh)")
			.param("kode", kode).param("tanggal", Date.valueOf(k.tanggal())).param("metode", k.metode().name()).param("nilai", k.nilai())
			.param("kelas", k.kelas().name()).param("oleh", oleh)
			.update();
	}

	List<Ruas.Kondisi> riwayatKondisi(String kode) {
		return jdbc.sql("select * from jalan.kondisi where ruas_kode = :kode order by tanggal desc, id desc").param("kode", kode)
			.query((rs, n) -> kondisi(rs)).list();
	}

	/** Road length in good or fair condition, of the length with a survey, by each segment's latest survey on a day. */
	record Mantap(long mantapM, long disurveiM, long ruas) {
	}

	Mantap mantapPada(LocalDate hari) {
		return jdbc.sql("""
				select coalesce(sum(r.panjang_m) filter (where k.kelas in ('BAIK','SEDANG')), 0), coalesce(sum(r.panjang_m), 0), count(*)
				from jalan.ruas r join lateral (select kelas from jalan.kondisi k where k.ruas_kode = r.kode and k.tanggal <= :hari
				  order by k.tanggal desc, k.id desc limit 1) k on true""")
			.param("hari", Date.valueOf(hari))
			.query((rs, n) -> new Mantap(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

	private static Ruas.Kondisi kondisi(ResultSet rs) throws SQLException {
		Date tanggal = rs.getDate("tanggal");
		return tanggal == null ? null : new Ruas.Kondisi(tanggal.toLocalDate(), MetodeSurvei.valueOf(rs.getString("metode")),
				rs.getBigDecimal("nilai"), KelasKondisi.valueOf(rs.getString("kelas")));
	}

	private static Ruas baca(ResultSet rs, int n) throws SQLException {
		return new Ruas(rs.getString("kode"), rs.getString("nama"), rs.getDouble("pangkal_lat"), rs.getDouble("pangkal_lon"),
				rs.getDouble("ujung_lat"), rs.getDouble("ujung_lon"), rs.getInt("panjang_m"), rs.getBigDecimal("lebar_m"),
				Permukaan.valueOf(rs.getString("permukaan")), rs.getLong("opd_id"), rs.getString("pekerjaan_terakhir"),
				rs.getObject("pekerjaan_tahun", Integer.class), kondisi(rs));
	}
}
