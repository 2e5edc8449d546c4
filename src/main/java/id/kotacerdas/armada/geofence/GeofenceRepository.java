package id.kotacerdas.armada.geofence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GeofenceRepository {

	private static final String KOLOM = "id, nama, jenis, opd_id, lat, lon, radius_m, geojson";

	private final JdbcClient jdbc;

	GeofenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Geofence> semua() {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.geofence ORDER BY jenis, nama").query(Geofence.class).list();
	}

	Optional<Geofence> cari(long id) {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.geofence WHERE id = ?").param(id).query(Geofence.class).optional();
	}

	long tambah(DataGeofence d, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO armada.geofence (nama, jenis, opd_id, lat, lon, radius_m, geojson, dibuat, diubah)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(d.nama(), d.jenis().name(), d.opdId(), d.lat(), d.lon(), d.radiusM(), d.geojson(), Timestamp.from(waktu),
					Timestamp.from(waktu))
			.query(Long.class).single();
	}

	void ubah(long id, DataGeofence d, Instant waktu) {
		jdbc.sql("""
				UPDATE armada.geofence SET nama = ?, jenis = ?, opd_id = ?, lat = ?, lon = ?, radius_m = ?, geojson = ?, diubah = ?
				WHERE id = ?""")
			.params(d.nama(), d.jenis().name(), d.opdId(), d.lat(), d.lon(), d.radiusM(), d.geojson(), Timestamp.from(waktu), id)
			.update();
	}

	void hapus(long id) {
		jdbc.sql("DELETE FROM armada.geofence WHERE id = ?").param(id).update();
	}
}
