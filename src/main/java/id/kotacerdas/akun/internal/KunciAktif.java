package id.kotacerdas.akun.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.kotacerdas.platform.Siaran;

/**
 * The active API keys by hash, in memory: checking a key on every Open311 filing costs no round trip. A
 * key issued or revoked on any instance tells every instance through {@link Siaran} when its transaction
 * commits (milliseconds), and this instance forgets its copy at once after that commit; the next check
 * reads the table again. After a lost listening connection the copy is dropped as well.
 */
@Component
class KunciAktif {

	static final String TOPIK = "akun.kunci-api";

	private final KunciApiRepository repo;

	private final Siaran siaran;

	/** Raised by every change: a copy read while a change happened is not kept. */
	private final AtomicLong generasi = new AtomicLong();

	private volatile Map<String, KunciApiRepository.Aktif> perHash;

	KunciAktif(KunciApiRepository repo, Siaran siaran) {
		this.repo = repo;
		this.siaran = siaran;
		siaran.langgan(TOPIK, id -> lupakan(), this::lupakan);
	}

	Optional<KunciApiRepository.Aktif> cari(String hash) {
		Map<String, KunciApiRepository.Aktif> salinan = perHash;
		if (salinan == null) {
			long sebelum = generasi.get();
			salinan = repo.semuaAktif().stream().collect(Collectors.toUnmodifiableMap(KunciApiRepository.Aktif::hash, Function.identity()));
			if (generasi.get() == sebelum) {
				perHash = salinan;
			}
		}
		return Optional.ofNullable(salinan.get(hash));
	}

	/** Called in the transaction that issued or revoked key {@code id}. */
	void berubah(long id) {
		siaran.kirim(TOPIK, Long.toString(id));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					lupakan();
				}
			});
		}
		else {
			lupakan();
		}
	}

	private void lupakan() {
		generasi.incrementAndGet();
		perHash = null;
	}
}
