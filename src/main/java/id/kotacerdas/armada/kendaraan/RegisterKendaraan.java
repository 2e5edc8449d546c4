package id.kotacerdas.armada.kendaraan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Siaran;

/**
 * The vehicle register: uniqueness of plate and tracker, the audit record of every change, and the
 * tracker-id lookup the position intake needs. Who may see and change which vehicles is the staff
 * member's rule ({@link Staf#bolehMelihat}, {@link Staf#adminAtas}), applied to the vehicle's agency.
 */
@Service
public class RegisterKendaraan {

	private final KendaraanRepository repo;

	private final DaftarOpd daftarOpd;

	private final AuditLog audit;

	private final Clock clock;

	/** Every instance empties its tracker cache on a message of this topic. */
	private static final String TOPIK_TRACKER = "armada.tracker";

	/** tracker id → vehicle id; filled on first use, evicted on every instance after a committed change. */
	private final Map<String, Long> tracker = new ConcurrentHashMap<>();

	private final Siaran siaran;

	RegisterKendaraan(KendaraanRepository repo, DaftarOpd daftarOpd, AuditLog audit, Clock clock, Siaran siaran) {
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.audit = audit;
		this.clock = clock;
		this.siaran = siaran;
		siaran.langgan(TOPIK_TRACKER, pesan -> tracker.clear(), tracker::clear);
	}

	/** The vehicle of a tracker id, for the position intake (no login there). */
	public Optional<Long> kendaraanUntukTracker(String trackerId) {
		Long id = tracker.get(trackerId);
		if (id != null) {
			return Optional.of(id);
		}
		Optional<Long> dariDb = repo.idUntukTracker(trackerId);
		dariDb.ifPresent(v -> tracker.put(trackerId, v));
		return dariDb;
	}

	@Transactional
	public Kendaraan tambah(Staf staf, DataKendaraan masukan) {
		DataKendaraan data = periksa(masukan, 0);
		pengubah(staf, data.opdId());
		long id = repo.tambah(data, clock.instant());
		Kendaraan baru = repo.cari(id).orElseThrow();
		audit.catat("kendaraan.dibuat", "kendaraan", String.valueOf(id), null, baru);
		lupakanTrackerSetelahCommit();
		return baru;
	}

	@Transactional
	public Kendaraan ubah(Staf staf, long id, DataKendaraan masukan) {
		Kendaraan lama = lihat(staf, id);
		pengubah(staf, lama.opdId());
		DataKendaraan data = periksa(masukan, id);
		// moving a vehicle to another agency needs authority over the new one as well
		pengubah(staf, data.opdId());
		repo.ubah(id, data, clock.instant());
		Kendaraan baru = repo.cari(id).orElseThrow();
		audit.catat("kendaraan.diubah", "kendaraan", String.valueOf(id), lama, baru);
		lupakanTrackerSetelahCommit();
		return baru;
	}

	/** A vehicle the staff member may see; another agency's is as unknown to them as a missing one. */
	public Kendaraan lihat(Staf staf, long id) {
		Kendaraan k = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("armada.kendaraan.tidak-ada", id));
		if (!staf.bolehMelihat(k.opdId())) {
			throw PermintaanDitolakException.tidakDitemukan("armada.kendaraan.tidak-ada", id);
		}
		return k;
	}

	/** The vehicles the staff member may see: all, or their agency's. */
	public List<Kendaraan> daftar(Staf staf) {
		return repo.daftar(staf.lingkupOpd());
	}

	private DataKendaraan periksa(DataKendaraan masukan, long id) {
		DataKendaraan data = masukan.rapikan();
		if (daftarOpd.cari(data.opdId()).isEmpty()) {
			throw new PermintaanDitolakException("armada.kendaraan.opd-tidak-ada", data.opdId());
		}
		if (repo.nomorPolisiDipakaiLain(data.nomorPolisi(), id)) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "armada.kendaraan.nomor-polisi-ganda", data.nomorPolisi());
		}
		if (repo.trackerDipakaiLain(data.trackerId(), id)) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "armada.kendaraan.tracker-ganda", data.trackerId());
		}
		return data;
	}

	private static void pengubah(Staf staf, long opdId) {
		if (!staf.adminAtas(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "armada.tidak-berwenang");
		}
	}

	/** Here at once after the commit; on the other instances when the message (sent with the commit) arrives. */
	private void lupakanTrackerSetelahCommit() {
		siaran.kirim(TOPIK_TRACKER, "");
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				tracker.clear();
			}
		});
	}
}
