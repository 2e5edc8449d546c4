package id.kotacerdas.wifi.internal;

/** The kind of place a hotspot stands at, as the city lists them. */
enum JenisTempat {

	KANTOR_KELURAHAN, KANTOR_CAMAT, TAMAN, PANTAI, PASAR, RUMAH_IBADAH, RUMAH_SAKIT, TERMINAL, SEKOLAH, LAINNYA;
}
