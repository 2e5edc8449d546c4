package id.kotacerdas.armada.pelacakan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.armada.pelacakan.DetektorGeofence.Peristiwa;

/** The stored enter/exit events of vehicles and geofences. */
@Repository
class PeristiwaGeofenceRepository {

	private final JdbcClient jdbc;

	PeristiwaGeofenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An event already stored (the same vehicle, geofence, kind and time) is skipped. */
	void tambah(Peristiwa e) {
		jdbc.sql("""
				INSERT INTO armada.peristiwa_geofence (kendaraan_id, geofence_id, geofence_nama, jenis, waktu, lat, lon)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(e.kendaraanId(), e.geofenceId(), e.geofenceNama(), e.jenis().name(), Timestamp.from(e.waktu()), e.lat(), e.lon())
			.update();
	}

	/** The geofences whose latest event for the vehicle is an entry. */
	Set<Long> diDalam(long kendaraanId) {
		return Set.copyOf(jdbc.sql("""
				SELECT geofence_id FROM (
				  SELECT DISTINCT ON (geofence_id) geofence_id, jenis FROM armada.peristiwa_geofence
				  WHERE kendaraan_id = ? ORDER BY geofence_id, waktu DESC, jenis DESC) t
				WHERE jenis = 'MASUK'""").param(kendaraanId).query(Long.class).list());
	}

	/** A vehicle's events in {@code [dari, sampai)}, in time order. */
	List<Peristiwa> antara(long kendaraanId, Instant dari, Instant sampai) {
		return jdbc.sql("""
				SELECT kendaraan_id, geofence_id, geofence_nama, jenis, waktu, lat, lon FROM armada.peristiwa_geofence
				WHERE kendaraan_id = ? AND waktu >= ? AND waktu < ? ORDER BY waktu, jenis DESC""")
			.params(kendaraanId, Timestamp.from(dari), Timestamp.from(sampai))
			.query(Peristiwa.class).list();
	}
}
