package id.kotacerdas.armada.geofence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The register of fuel stations and offices as geofences, and the in-memory index of them that
 * purchase checks and the enter/exit detection read (rebuilt after every committed change).
 */
@Service
public class LayananGeofence {

	private static final String KOLOM = "id, nama, jenis, opd_id, lat, lon, radius_m, geojson";

	private final JdbcClient jdbc;

	private final DaftarOpd daftarOpd;

	private final AuditLog audit;

	private final Clock clock;

	private volatile PetaGeofence peta;

	LayananGeofence(JdbcClient jdbc, DaftarOpd daftarOpd, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.daftarOpd = daftarOpd;
		this.audit = audit;
		this.clock = clock;
	}

	List<Geofence> daftar() {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.geofence ORDER BY jenis, nama").query(Geofence.class).list();
	}

	public Optional<Geofence> cari(long id) {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.geofence WHERE id = ?").param(id).query(Geofence.class).optional();
	}

	Geofence lihat(long id) {
		return cari(id).orElseThrow(() -> new PermintaanDitolakException(HttpStatus.NOT_FOUND, "armada.geofence.tidak-ada", id));
	}

	public PetaGeofence peta() {
		PetaGeofence p = peta;
		if (p == null) {
			p = bangun();
		}
		return p;
	}

	@Transactional
	public Geofence tambah(Staf staf, DataGeofence d) {
		periksa(staf, d);
		Instant kini = clock.instant();
		long id = jdbc.sql("""
				INSERT INTO armada.geofence (nama, jenis, opd_id, lat, lon, radius_m, geojson, dibuat, diubah)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(d.nama().strip(), d.jenis().name(), d.opdId(), d.lat(), d.lon(), d.radiusM(), kosong(d.geojson()),
					java.sql.Timestamp.from(kini), java.sql.Timestamp.from(kini))
			.query(Long.class).single();
		Geofence baru = lihat(id);
		audit.catat("geofence.dibuat", "geofence", String.valueOf(id), null, baru);
		bangunSetelahCommit();
		return baru;
	}

	@Transactional
	Geofence ubah(Staf staf, long id, DataGeofence d) {
		Geofence lama = lihat(id);
		pengubah(staf, lama.opdId());
		periksa(staf, d);
		jdbc.sql("""
				UPDATE armada.geofence SET nama = ?, jenis = ?, opd_id = ?, lat = ?, lon = ?, radius_m = ?, geojson = ?, diubah = ?
				WHERE id = ?""")
			.params(d.nama().strip(), d.jenis().name(), d.opdId(), d.lat(), d.lon(), d.radiusM(), kosong(d.geojson()),
					java.sql.Timestamp.from(clock.instant()), id)
			.update();
		Geofence baru = lihat(id);
		audit.catat("geofence.diubah", "geofence", String.valueOf(id), lama, baru);
		bangunSetelahCommit();
		return baru;
	}

	@Transactional
	void hapus(Staf staf, long id) {
		Geofence lama = lihat(id);
		pengubah(staf, lama.opdId());
		jdbc.sql("DELETE FROM armada.geofence WHERE id = ?").param(id).update();
		audit.catat("geofence.dihapus", "geofence", String.valueOf(id), lama, null);
		bangunSetelahCommit();
	}

	/** Checks the shape and who may keep a geofence of that agency. */
	private void periksa(Staf staf, DataGeofence d) {
		BentukGeofence.dari(d.lat(), d.lon(), d.radiusM(), d.geojson());
		if (d.opdId() != null && daftarOpd.cari(d.opdId()).isEmpty()) {
			throw new PermintaanDitolakException("armada.kendaraan.opd-tidak-ada", d.opdId());
		}
		pengubah(staf, d.opdId());
	}

	private static void pengubah(Staf staf, Long opdId) {
		if (!staf.adminAtas(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "armada.geofence.tidak-berwenang");
		}
	}

	private synchronized PetaGeofence bangun() {
		PetaGeofence p = new PetaGeofence(daftar().stream().map(g -> new PetaGeofence.Masukan(g, BentukGeofence.dari(g))).toList());
		peta = p;
		return p;
	}

	private void bangunSetelahCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				bangun();
			}
		});
	}

	private static String kosong(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
