package id.kotacerdas.wilayah.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.wilayah.Kecamatan;

@Repository
class WilayahRepository {

	/** A kelurahan as stored, its boundary as GeoJSON text. */
	record BarisKelurahan(String kode, String nama, String kodepos, String kecamatanKode, double lat, double lon, String batas) {
	}

	private final JdbcClient jdbc;

	WilayahRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean kosong() {
		return jdbc.sql("select count(*) from wilayah.kelurahan").query(Integer.class).single() == 0;
	}

	List<Kecamatan> kecamatan() {
		return jdbc.sql("select kode, nama from wilayah.kecamatan order by kode")
			.query((rs, i) -> new Kecamatan(rs.getString("kode"), rs.getString("nama")))
			.list();
	}

	List<BarisKelurahan> kelurahan() {
		return jdbc.sql("""
				select kode, nama, kodepos, kecamatan_kode, lat, lon, batas::text as batas
				from wilayah.kelurahan order by kode""")
			.query((rs, i) -> new BarisKelurahan(rs.getString("kode"), rs.getString("nama"), rs.getString("kodepos"),
					rs.getString("kecamatan_kode"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("batas")))
			.list();
	}

	void tambahKecamatan(String kode, String nama) {
		jdbc.sql("insert into wilayah.kecamatan (kode, nama) values (?, ?)").params(kode, nama).update();
	}

	/** @param batas the boundary as GeoJSON geometry text */
	void tambahKelurahan(String kode, String nama, String kodepos, String kecamatanKode, BigDecimal lat, BigDecimal lon, String batas) {
		jdbc.sql("""
				insert into wilayah.kelurahan (kode, nama, kodepos, kecamatan_kode, lat, lon, batas)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(kode, nama, kodepos, kecamatanKode, lat, lon, batas)
			.update();
	}
}
