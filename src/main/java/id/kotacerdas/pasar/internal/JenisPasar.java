package id.kotacerdas.pasar.internal;

/** Kinds of places where prices are observed; shown through {@code pasar.jenis.*} messages. */
enum JenisPasar {
	TRADISIONAL, MODERN, GROSIR, PRODUSEN
}
