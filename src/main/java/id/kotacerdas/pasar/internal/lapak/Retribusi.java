package id.kotacerdas.pasar.internal.lapak;

import java.time.Instant;
import java.time.LocalDate;

/** A stall's retribution paid on a day; {@code tarif} is the stall's tariff at that moment. */
record Retribusi(long id, long lapakId, LocalDate tanggal, long jumlah, long tarif, CaraBayar cara, String petugas, Instant dicatat) {

	/** Same payment as one sent again: nothing to store. */
	boolean sama(long jumlahLain, CaraBayar caraLain) {
		return jumlah == jumlahLain && cara == caraLain;
	}

	public long kurang() {
		return Math.max(0, tarif - jumlah);
	}
}
