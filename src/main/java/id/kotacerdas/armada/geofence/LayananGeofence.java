package id.kotacerdas.armada.geofence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
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

	private final GeofenceRepository repo;

	private final DaftarOpd daftarOpd;

	private final AuditLog audit;

	private final Clock clock;

	private volatile PetaGeofence peta;

	LayananGeofence(GeofenceRepository repo, DaftarOpd daftarOpd, AuditLog audit, Clock clock) {
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.audit = audit;
		this.clock = clock;
	}

	List<Geofence> daftar() {
		return repo.semua();
	}

	public Optional<Geofence> cari(long id) {
		return repo.cari(id);
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
		long id = repo.tambah(bersih(d), clock.instant());
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
		repo.ubah(id, bersih(d), clock.instant());
		Geofence baru = lihat(id);
		audit.catat("geofence.diubah", "geofence", String.valueOf(id), lama, baru);
		bangunSetelahCommit();
		return baru;
	}

	@Transactional
	void hapus(Staf staf, long id) {
		Geofence lama = lihat(id);
		pengubah(staf, lama.opdId());
		repo.hapus(id);
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

	/** As stored: the name trimmed, an empty polygon field left out. */
	private static DataGeofence bersih(DataGeofence d) {
		String geojson = d.geojson() == null || d.geojson().isBlank() ? null : d.geojson().strip();
		return new DataGeofence(d.nama().strip(), d.jenis(), d.opdId(), d.lat(), d.lon(), d.radiusM(), geojson);
	}
}
