package id.kotacerdas.pasar.internal.lapak;

/** How a trader paid the day's retribution: cash to the collector, or QRIS from the trader's own merchant account. */
enum CaraBayar {
	TUNAI, QRIS
}
