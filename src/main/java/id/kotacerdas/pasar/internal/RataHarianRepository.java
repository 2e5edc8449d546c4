package id.kotacerdas.pasar.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.kotacerdas.pasar.internal.HargaRepository.KomoditasHari;

/**
 * The daily city averages ({@code pasar.rata_harian}): per commodity and day the unrounded mean of
 * the markets' means and how many markets priced it. Every write of a price names the commodity
 * and day it touched ({@link #berubah}); just before the transaction commits, those keys are
 * locked and recomputed from the observations.
 * <p>
 * Why at the end and in two statements: two enumerators at different markets storing the same
 * commodity and day each see only their own uncommitted row. The keys are locked in one statement,
 * in one global order (so two transactions cannot deadlock on them); the recomputation runs in the
 * next statement, whose fresh READ COMMITTED snapshot sees whatever a transaction that held the
 * lock before has committed, so the later of the two counts both markets.
 */
@Repository
class RataHarianRepository {

	/**
	 * A transaction touching more days of one commodity than this locks the whole commodity
	 * (exclusively) instead of each day: an import of years stays within PostgreSQL's lock table.
	 */
	static final int HARI_PER_KOMODITAS_MAKS = 7;

	/** The advisory-lock key space of these locks ("pa" in the top 16 bits), apart from other modules' keys. */
	private static final long RUANG_KUNCI = 0x7061L << 48;

	private final JdbcClient jdbc;

	RataHarianRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes that prices of these commodities and days were written in the current transaction (one is
	 * opened when there is none); they are recomputed just before it commits.
	 */
	@Transactional
	void berubah(Collection<KomoditasHari> kunci) {
		Object kunciSumber = this;
		@SuppressWarnings("unchecked")
		Set<KomoditasHari> tertunda = (Set<KomoditasHari>) TransactionSynchronizationManager.getResource(kunciSumber);
		if (tertunda == null) {
			Set<KomoditasHari> baru = new HashSet<>();
			TransactionSynchronizationManager.bindResource(kunciSumber, baru);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					hitungUlang(List.copyOf(baru));
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(kunciSumber);
				}
			});
			tertunda = baru;
		}
		tertunda.addAll(kunci);
	}

	private void hitungUlang(List<KomoditasHari> kunci) {
		if (kunci.isEmpty()) {
			return;
		}
		Object[] params = { kunci.stream().map(k -> k.tanggal().toString()).toArray(String[]::new),
				kunci.stream().map(KomoditasHari::komoditasId).toArray(Long[]::new) };
		// One statement, in ascending key order: a commodity's own key (day 0) comes before its days.
		// Few days of a commodity: shared lock on the commodity, exclusive on each day; many: the
		// commodity exclusively. The casts to text only make the void results aggregable.
		jdbc.sql("""
				WITH kunci AS (SELECT DISTINCT tanggal, komoditas_id FROM unnest(?::date[], ?::bigint[]) AS u(tanggal, komoditas_id)),
				utuh AS (SELECT komoditas_id, count(*) > ? AS utuh FROM kunci GROUP BY komoditas_id),
				kunci_kunci AS (
				  SELECT ? | (komoditas_id << 20) AS kunci, utuh AS eksklusif FROM utuh
				  UNION ALL
				  SELECT ? | (k.komoditas_id << 20) | (k.tanggal - DATE '1900-01-01' + 1), true
				  FROM kunci k JOIN utuh u USING (komoditas_id) WHERE NOT u.utuh)
				SELECT count(CASE WHEN eksklusif THEN pg_advisory_xact_lock(kunci)::text ELSE pg_advisory_xact_lock_shared(kunci)::text END)
				FROM (SELECT kunci, eksklusif FROM kunci_kunci ORDER BY kunci) urut""")
			.params(params[0], params[1], HARI_PER_KOMODITAS_MAKS, RUANG_KUNCI, RUANG_KUNCI)
			.query(Long.class)
			.single();
		// The next statement: a snapshot taken after the locks were granted.
		jdbc.sql("""
				WITH kunci AS (SELECT DISTINCT tanggal, komoditas_id FROM unnest(?::date[], ?::bigint[]) AS u(tanggal, komoditas_id)),
				per_pasar AS (
				  SELECT h.tanggal, h.komoditas_id, avg(h.harga) AS harga FROM pasar.harga h JOIN kunci USING (tanggal, komoditas_id)
				  GROUP BY h.tanggal, h.komoditas_id, h.pasar_id),
				kota AS (SELECT tanggal, komoditas_id, avg(harga) AS harga, count(*) AS jumlah_pasar FROM per_pasar GROUP BY tanggal, komoditas_id),
				hapus AS (
				  DELETE FROM pasar.rata_harian r USING kunci
				  WHERE r.tanggal = kunci.tanggal AND r.komoditas_id = kunci.komoditas_id
				    AND NOT EXISTS (SELECT 1 FROM kota WHERE kota.tanggal = r.tanggal AND kota.komoditas_id = r.komoditas_id))
				INSERT INTO pasar.rata_harian (tanggal, komoditas_id, harga, jumlah_pasar)
				SELECT tanggal, komoditas_id, harga, jumlah_pasar FROM kota
				ON CONFLICT (tanggal, komoditas_id) DO UPDATE SET harga = excluded.harga, jumlah_pasar = excluded.jumlah_pasar""")
			.params(params[0], params[1])
			.update();
	}
}
