package id.kotacerdas.armada.pelacakan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of tracker positions. Request threads enqueue and wait; one writer thread takes
 * whatever has queued up (up to {@code batchMaks}), writes it with one statement, and only after
 * that commit completes each request's future, so a 200 always means stored. Under load the
 * batches grow by themselves and the commit cost is shared; when idle a position is written at
 * once. The writer thread alone owns the distance state of every vehicle.
 */
@Component
public class PenulisPosisi implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PenulisPosisi.class);

	/**
	 * No tracker of the city has a fix from before this; earlier times come from a clock reset
	 * (1970) or a broken decoder, and some lie outside what PostgreSQL can store.
	 */
	static final Instant WAKTU_PALING_AWAL = Instant.parse("2000-01-01T00:00:00Z");

	record Tugas(long kendaraanId, PosisiMasuk masuk, CompletableFuture<Posisi> selesai) {
	}

	private final PosisiRepository repo;

	private final PenyimpanPosisi penyimpan;

	private final PosisiTerkini terkini;

	private final PartisiPosisi partisi;

	private final ObjectProvider<PendengarPosisi> pendengar;

	private final Clock clock;

	private final ArmadaProperties properti;

	private final BlockingQueue<Tugas> antrean;

	private final Map<Long, PelacakJarak> pelacak = new HashMap<>();

	private volatile boolean berjalan;

	private Thread penulis;

	PenulisPosisi(PosisiRepository repo, PenyimpanPosisi penyimpan, PosisiTerkini terkini, PartisiPosisi partisi, ObjectProvider<PendengarPosisi> pendengar,
			Clock clock, ArmadaProperties properti) {
		this.repo = repo;
		this.penyimpan = penyimpan;
		this.terkini = terkini;
		this.partisi = partisi;
		this.pendengar = pendengar;
		this.clock = clock;
		this.properti = properti;
		this.antrean = new ArrayBlockingQueue<>(Math.max(properti.batchMaks() * 4, 1024));
	}

	/** Completes with the stored position after its commit, or exceptionally with an {@link OsmAndDitolak}. */
	public CompletableFuture<Posisi> kirim(long kendaraanId, PosisiMasuk masuk) {
		var tugas = new Tugas(kendaraanId, masuk, new CompletableFuture<>());
		if (!berjalan || !antrean.offer(tugas)) {
			tugas.selesai().completeExceptionally(new OsmAndDitolak(503, "penyimpanan sibuk"));
		}
		return tugas.selesai();
	}

	@Override
	public void start() {
		partisi.siapkan();
		List<Posisi> tersimpan = repo.terakhirSemua();
		for (Posisi p : tersimpan) {
			double jarak = p.jarakM() == null ? 0 : p.jarakM();
			pelacak.put(p.kendaraanId(), PelacakJarak.mulai(jarak, p.waktu(), p.lat(), p.lon()));
		}
		terkini.perbarui(tersimpan);
		berjalan = true;
		penulis = new Thread(this::jalankan, "armada-penulis-posisi");
		penulis.start();
	}

	@Override
	public void stop() {
		berjalan = false;
		try {
			penulis.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		penyimpan.tutup();
	}

	@Override
	public boolean isRunning() {
		return berjalan;
	}

	/** Starts before and stops after the tracker server, so no accepted request is left waiting. */
	@Override
	public int getPhase() {
		return ServerOsmAnd.FASE - 1;
	}

	private void jalankan() {
		List<Tugas> batch = new ArrayList<>(properti.batchMaks());
		while (berjalan || !antrean.isEmpty()) {
			try {
				Tugas pertama = antrean.poll(100, TimeUnit.MILLISECONDS);
				if (pertama == null) {
					continue;
				}
				batch.add(pertama);
				antrean.drainTo(batch, properti.batchMaks() - 1);
				proses(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Writing positions failed", ex);
				batch.forEach(t -> t.selesai().completeExceptionally(new OsmAndDitolak(503, "penyimpanan gagal")));
			}
			finally {
				batch.clear();
			}
		}
	}

	/** Positions waiting for the writer. */
	int antrean() {
		return antrean.size();
	}

	private void proses(List<Tugas> batch) {
		proses(batch, false);
	}

	/**
	 * Stores a batch. When PostgreSQL refuses a value (validation should have made that impossible)
	 * the batch is stored again one position at a time, so only the position at fault is refused and
	 * the honest trackers of the same batch get their 200.
	 */
	private void proses(List<Tugas> batch, boolean satuSatu) {
		Instant sekarang = clock.instant();
		Map<Long, PelacakJarak> jejakBaru = new HashMap<>();
		Map<Long, Posisi> terakhirBaru = new HashMap<>();
		List<Posisi> simpan = new ArrayList<>(batch.size());
		List<Posisi> urut = new ArrayList<>(batch.size());
		List<Posisi> terlambat = new ArrayList<>();
		List<Tugas> diterima = new ArrayList<>(batch.size());
		for (Tugas t : batch) {
			try {
				Posisi p = bentuk(t, sekarang, jejakBaru, terakhirBaru);
				simpan.add(p);
				(p.jarakM() != null ? urut : terlambat).add(p);
				diterima.add(t);
			}
			catch (OsmAndDitolak ex) {
				t.selesai().completeExceptionally(ex);
			}
		}
		if (simpan.isEmpty()) {
			return;
		}
		try {
			penyimpan.simpan(urut, terlambat);
		}
		catch (java.sql.SQLException | RuntimeException ex) {
			boolean nilaiDitolak = nilaiDitolak(ex);
			sinkronkan(jejakBaru.keySet());
			if (nilaiDitolak && !satuSatu) {
				log.warn("PostgreSQL refused a value in a batch of {} positions; storing them one by one", simpan.size(), ex);
				diterima.forEach(t -> proses(List.of(t), true));
			}
			else if (nilaiDitolak) {
				log.warn("PostgreSQL refused position {} of vehicle {}: {}", simpan.get(0).waktu(), simpan.get(0).kendaraanId(), ex.toString());
				diterima.forEach(t -> t.selesai().completeExceptionally(new OsmAndDitolak(400, "nilai tidak dapat disimpan")));
			}
			else {
				log.error("Storing {} positions failed", simpan.size(), ex);
				diterima.forEach(t -> t.selesai().completeExceptionally(new OsmAndDitolak(503, "penyimpanan gagal")));
			}
			return;
		}
		pelacak.putAll(jejakBaru);
		terkini.perbarui(terakhirBaru.values());
		for (int i = 0; i < diterima.size(); i++) {
			diterima.get(i).selesai().complete(simpan.get(i));
		}
		List<Posisi> baru = List.copyOf(terakhirBaru.values());
		pendengar.forEach(l -> {
			try {
				l.tersimpan(baru);
			}
			catch (RuntimeException ex) {
				log.warn("Position listener failed", ex);
			}
		});
	}

	/**
	 * Whether PostgreSQL refused a value (SQLSTATE class 22, data exception, or 23, integrity
	 * constraint) rather than failing as a server (connection, disk, shutdown): only the former is
	 * the position's fault, and the database is still there to store the others.
	 */
	static boolean nilaiDitolak(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * After a failed write the database is the truth again: a commit whose answer was lost may
	 * have stored rows the memory does not know, and a re-sent fix must then count as a duplicate.
	 */
	private void sinkronkan(java.util.Set<Long> kendaraan) {
		try {
			for (long id : kendaraan) {
				repo.terakhir(id).ifPresentOrElse(p -> {
					pelacak.put(id, PelacakJarak.mulai(p.jarakM() == null ? 0 : p.jarakM(), p.waktu(), p.lat(), p.lon()));
					terkini.perbarui(List.of(p));
				}, () -> pelacak.remove(id));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Re-reading vehicle state after a failed write failed", ex);
		}
	}

	/** The row to store: time checked against the clock, missing location filled, distance counted. */
	private Posisi bentuk(Tugas t, Instant sekarang, Map<Long, PelacakJarak> jejakBaru, Map<Long, Posisi> terakhirBaru) {
		PosisiMasuk m = t.masuk();
		long id = t.kendaraanId();
		Map<String, Object> atribut = m.atribut();
		Instant waktu = m.waktu() == null ? sekarang : m.waktu();
		if (waktu.isAfter(sekarang.plus(properti.masaDepanMaks())) || waktu.isBefore(WAKTU_PALING_AWAL)) {
			// a tracker with a wrong clock: keep the fix at the time it arrived, remember its claim
			atribut = new LinkedHashMap<>(atribut);
			atribut.put("waktuPerangkat", waktu.toString());
			waktu = sekarang;
		}
		Double lat = m.lat();
		Double lon = m.lon();
		if (lat == null) {
			Posisi sebelumnya = terakhirBaru.containsKey(id) ? terakhirBaru.get(id) : terkini.dari(id).orElse(null);
			if (sebelumnya == null) {
				throw new OsmAndDitolak(400, "lokasi tidak dikirim dan belum ada lokasi sebelumnya");
			}
			lat = sebelumnya.lat();
			lon = sebelumnya.lon();
		}
		PelacakJarak jejak = jejakBaru.getOrDefault(id, pelacak.get(id));
		if (jejak == null) {
			jejak = new PelacakJarak(Instant.MIN, null, null, null, 0, 0);
		}
		PelacakJarak.Langkah langkah = jejak.terima(waktu, lat, lon, m.valid(), m.akurasi());
		jejakBaru.put(id, langkah.sesudah());
		Posisi p = new Posisi(id, waktu, sekarang, lat, lon, m.kecepatanKnot(), m.arah(), m.ketinggian(), m.akurasi(), m.valid(),
				langkah.urut() ? langkah.sesudah().jarakM() : null, atribut);
		if (langkah.urut()) {
			terakhirBaru.put(id, p);
		}
		return p;
	}
}
