package id.kotacerdas.umkm.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.umkm.UsahaSekitar;

/** {@link UsahaSekitar}: a bounding box on the pins, then the great-circle distance. */
@Repository
class UsahaSekitarRepository implements UsahaSekitar {

	/** Metres per degree of latitude, for the bounding box before the exact distance. */
	private static final double METER_PER_DERAJAT = 111_320.0;

	private static final String DEKAT = """
			from (select id, nama, 6371000 * 2 * asin(sqrt(power(sin(radians(lat - :lat) / 2), 2)
			          + cos(radians(:lat)) * cos(radians(lat)) * power(sin(radians(lon - :lon) / 2), 2))) jarak
			        from umkm.usaha
			       where status = 'AKTIF' and tampil_publik and diaktifkan <= :pada
			         and lat between :lat - :dLat and :lat + :dLat and lon between :lon - :dLon and :lon + :dLon) u
			 where jarak <= :meter
			""";

	private final JdbcClient jdbc;

	UsahaSekitarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Usaha> sekitar(double lat, double lon, double meter, Instant pada, int batas) {
		return kueri("select id, nama, round(jarak) " + DEKAT + " order by jarak, id limit :batas", lat, lon, meter, pada)
			.param("batas", batas)
			.query((rs, i) -> new Usaha(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
	}

	@Override
	public long jumlahSekitar(double lat, double lon, double meter, Instant pada) {
		return kueri("select count(*) " + DEKAT, lat, lon, meter, pada).query(Long.class).single();
	}

	private JdbcClient.StatementSpec kueri(String sql, double lat, double lon, double meter, Instant pada) {
		return jdbc.sql(sql).param("lat", lat).param("lon", lon).param("meter", meter)
			.param("dLat", meter / METER_PER_DERAJAT).param("dLon", meter / (METER_PER_DERAJAT * Math.cos(Math.toRadians(lat))))
			.param("pada", Timestamp.from(pada));
	}
}
