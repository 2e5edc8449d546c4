package id.kotacerdas.kalender.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.kalender.HariLibur;

@Repository
class HariLiburRepository {

	private final JdbcClient jdbc;

	HariLiburRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<HariLibur> semua() {
		return jdbc.sql("select tanggal, nama, cuti_bersama from kalender.hari_libur order by tanggal").query(this::baris).list();
	}

	List<HariLibur> tahun(int tahun) {
		return jdbc.sql("""
				select tanggal, nama, cuti_bersama from kalender.hari_libur
				where tanggal between make_date(:tahun, 1, 1) and make_date(:tahun, 12, 31) order by tanggal""")
			.param("tahun", tahun).query(this::baris).list();
	}

	/** Enters a holiday, or renames the one of that date. */
	void simpan(HariLibur h) {
		jdbc.sql("""
				insert into kalender.hari_libur (tanggal, nama, cuti_bersama) values (?, ?, ?)
				on conflict (tanggal) do update set nama = excluded.nama, cuti_bersama = excluded.cuti_bersama""")
			.params(h.tanggal(), h.nama(), h.cutiBersama()).update();
	}

	int hapus(LocalDate tanggal) {
		return jdbc.sql("delete from kalender.hari_libur where tanggal = ?").params(tanggal).update();
	}

	private HariLibur baris(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new HariLibur(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBoolean(3));
	}
}
