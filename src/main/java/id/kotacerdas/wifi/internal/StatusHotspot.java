package id.kotacerdas.wifi.internal;

/**
 * The registry's status, set by Kominfo: in service, known to be broken (a report or a technician says so; its
 * health may still show signs of life), or withdrawn (no longer counted anywhere).
 */
enum StatusHotspot {

	AKTIF, GANGGUAN, NONAKTIF;
}
