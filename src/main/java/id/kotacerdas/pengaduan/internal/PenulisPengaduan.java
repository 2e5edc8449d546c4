package id.kotacerdas.pengaduan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import id.kotacerdas.platform.Gangguan;

/**
 * Group commit for new reports: one writer thread takes every filing that arrived while the previous
 * commit was being flushed, writes them all in one transaction (their numbers in one round trip) and
 * commits once; only then does each waiting request get its receipt, so a 2xx still means "durably
 * stored". A batch that fails for anything but a database outage is written again one filing per
 * transaction, so one bad filing (a key already used, a category closed meanwhile) fails alone. A
 * caller already inside a transaction (a chat message whose reply must commit with the report) files
 * in that transaction, as does anyone while the writer is stopped.
 */
@Component
class PenulisPengaduan implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PenulisPengaduan.class);

	/** How long the idle writer waits for a filing before it looks again whether it should stop. */
	private static final long TUNGGU_MS = 200;

	/**
	 * One filing, in two steps inside the batch's transaction: its new report given its number (not yet
	 * stored), then, once every report of the batch is inserted, the rest of its writes and its result.
	 */
	interface Pengisian<T> {

		Pengaduan siapkan(PengaduanRepository.Urut urut);

		T selesaikan(Pengaduan tersimpan);
	}

	private record Tugas<T>(Pengisian<T> pengisian, LocaleContext bahasa, RequestAttributes permintaan, CompletableFuture<T> hasil) {

		<R> R dalamPermintaan(Supplier<R> kerja) {
			// the filing's request thread waits for us: its language and request stay valid meanwhile
			LocaleContext bahasaLama = LocaleContextHolder.getLocaleContext();
			RequestAttributes permintaanLama = RequestContextHolder.getRequestAttributes();
			LocaleContextHolder.setLocaleContext(bahasa);
			RequestContextHolder.setRequestAttributes(permintaan);
			try {
				return kerja.get();
			}
			finally {
				LocaleContextHolder.setLocaleContext(bahasaLama);
				RequestContextHolder.setRequestAttributes(permintaanLama);
			}
		}
	}

	private final PengaduanRepository repo;

	private final TransactionTemplate tx;

	private final int kelompokMaks;

	private final BlockingQueue<Tugas<?>> antrean;

	private volatile boolean berjalan;

	private Thread penulis;

	PenulisPengaduan(PengaduanRepository repo, TransactionTemplate tx, PengaduanProperties properti) {
		this.repo = repo;
		this.tx = tx;
		this.kelompokMaks = properti.kelompokMaks();
		// request threads wait here when the writer falls behind: the queue only bounds memory
		this.antrean = new LinkedBlockingQueue<>(properti.kelompokMaks() * 4);
	}

	/**
	 * Writes the filing with the next tracking-number value in a transaction shared with concurrent
	 * filings and returns its result once that transaction has committed; its exception otherwise.
	 */
	<T> T tulis(Pengisian<T> pengisian) {
		if (!berjalan || TransactionSynchronizationManager.isActualTransactionActive()) {
			return tx.execute(status -> pengisian.selesaikan(repo.tambah(List.of(pengisian.siapkan(repo.urutBerikut(1).get(0)))).get(0)));
		}
		Tugas<T> tugas = new Tugas<>(pengisian, LocaleContextHolder.getLocaleContext(), RequestContextHolder.getRequestAttributes(),
				new CompletableFuture<>());
		try {
			antrean.put(tugas);
			return tugas.hasil().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the commit", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error e) {
				throw e;
			}
			throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
		}
	}

	private void putaran() {
		List<Tugas<?>> kelompok = new ArrayList<>(kelompokMaks);
		while (berjalan || !antrean.isEmpty()) {
			try {
				Tugas<?> pertama = antrean.poll(TUNGGU_MS, TimeUnit.MILLISECONDS);
				if (pertama == null) {
					continue;
				}
				kelompok.add(pertama);
				antrean.drainTo(kelompok, kelompokMaks - 1);
				tulisKelompok(kelompok);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				kelompok.clear();
			}
		}
	}

	/**
	 * One transaction for the whole batch, its numbers and its reports each in one round trip; answered
	 * only after its commit.
	 */
	private void tulisKelompok(List<Tugas<?>> kelompok) {
		List<Object> hasil;
		try {
			hasil = tx.execute(status -> {
				List<PengaduanRepository.Urut> urut = repo.urutBerikut(kelompok.size());
				List<Pengaduan> baru = new ArrayList<>(kelompok.size());
				for (int i = 0; i < kelompok.size(); i++) {
					Tugas<?> t = kelompok.get(i);
					PengaduanRepository.Urut u = urut.get(i);
					baru.add(t.dalamPermintaan(() -> t.pengisian().siapkan(u)));
				}
				List<Pengaduan> tersimpan = repo.tambah(baru);
				List<Object> r = new ArrayList<>(kelompok.size());
				for (int i = 0; i < kelompok.size(); i++) {
					Tugas<?> t = kelompok.get(i);
					Pengaduan p = tersimpan.get(i);
					r.add(t.dalamPermintaan(() -> t.pengisian().selesaikan(p)));
				}
				return r;
			});
		}
		catch (RuntimeException | Error ex) {
			if (kelompok.size() == 1 || Gangguan.basisData(ex)) {
				kelompok.forEach(t -> t.hasil().completeExceptionally(ex));
			}
			else {
				log.debug("a batch of {} filings failed ({}); writing them one by one", kelompok.size(), ex.toString());
				for (Tugas<?> t : kelompok) {
					tulisKelompok(List.of(t));
				}
			}
			return;
		}
		for (int i = 0; i < kelompok.size(); i++) {
			selesai(kelompok.get(i), hasil.get(i));
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> void selesai(Tugas<T> tugas, Object hasil) {
		tugas.hasil().complete((T) hasil);
	}

	@Override
	public synchronized void start() {
		berjalan = true;
		penulis = new Thread(this::putaran, "pengaduan-penulis");
		penulis.setDaemon(true);
		penulis.start();
	}

	/** Filings already queued are still written; later ones write in their own transaction. */
	@Override
	public synchronized void stop() {
		berjalan = false;
		try {
			penulis.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return berjalan;
	}
}
