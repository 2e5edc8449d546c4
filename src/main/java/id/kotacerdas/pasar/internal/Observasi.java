package id.kotacerdas.pasar.internal;

import java.time.LocalDate;

/** One enumerator's price of one commodity at one market on one day, whole rupiah per the commodity's unit. */
record Observasi(long id, long pasarId, long komoditasId, LocalDate tanggal, String petugas, long harga, String asal, boolean ditandai) {
}
