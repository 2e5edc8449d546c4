package id.kotacerdas.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows (or events) a transaction adds one by one but writes together, in one call just before it commits:
 * a group commit of many filings then costs one round trip for all their rows instead of one each. Outside
 * a transaction each item is written at once. The writer runs inside the transaction, so a failure there
 * rolls everything back.
 */
public final class TampunganTransaksi<T> {

	private final Consumer<List<T>> tulis;

	/** @param tulis writes a transaction's items, in the order they were added */
	public TampunganTransaksi(Consumer<List<T>> tulis) {
		this.tulis = tulis;
	}

	public void tambah(T item) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			tulis.accept(List.of(item));
			return;
		}
		@SuppressWarnings("unchecked")
		List<T> tertampung = (List<T>) TransactionSynchronizationManager.getResource(this);
		if (tertampung == null) {
			List<T> baru = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, baru);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					TransactionSynchronizationManager.unbindResource(TampunganTransaksi.this);
					tulis.accept(baru);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TampunganTransaksi.this);
				}
			});
			tertampung = baru;
		}
		tertampung.add(item);
	}
}
