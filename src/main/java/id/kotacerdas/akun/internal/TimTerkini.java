package id.kotacerdas.akun.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.platform.Siaran;

/**
 * The teams in memory, by agency, in routing order (the default team first, then by name): routing a complaint
 * to its team costs no round trip. Every change of {@code akun.tim} (the application's, or one made by hand) sends
 * {@link #TOPIK} to every instance through {@link Siaran} when it commits (a trigger of the table, migration
 * {@code V2026_12_05_87}); this instance also forgets its copy right after its own editing transaction commits.
 * After a lost listening connection the copy is dropped as well. The next routing reads the table again.
 */
@Repository
class TimTerkini {

	static final String TOPIK = "akun.tim";

	private final JdbcClient jdbc;

	/** Raised by every change: a copy read while a change happened is not kept. */
	private final AtomicLong generasi = new AtomicLong();

	private volatile Map<Long, List<TimTrc>> perOpd;

	TimTerkini(JdbcClient jdbc, Siaran siaran) {
		this.jdbc = jdbc;
		siaran.langgan(TOPIK, isi -> lupakan(), this::lupakan);
	}

	/** The agency's teams, the default one first, then by name. */
	List<TimTrc> milikOpd(long opdId) {
		return salinan().getOrDefault(opdId, List.of());
	}

	Optional<TimTrc> cari(long id) {
		return salinan().values().stream().flatMap(List::stream).filter(t -> t.id() == id).findFirst();
	}

	private Map<Long, List<TimTrc>> salinan() {
		Map<Long, List<TimTrc>> s = perOpd;
		if (s == null) {
			long sebelum = generasi.get();
			// ordered by agency, default team first, then name: the grouping keeps that order
			List<TimTrc> semua = jdbc.sql("select * from akun.tim order by opd_id, utama desc, nama").query(TimRepository.BARIS).list();
			s = semua.stream().collect(Collectors.groupingBy(TimTrc::opdId, Collectors.toCollection(ArrayList::new)))
				.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
			if (generasi.get() == sebelum) {
				perOpd = s;
			}
		}
		return s;
	}

	/** Called in a transaction that changed teams: this instance forgets its copy once it commits. */
	void berubah() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					lupakan();
				}
			});
		}
		lupakan();
	}

	private void lupakan() {
		generasi.incrementAndGet();
		perOpd = null;
	}
}
