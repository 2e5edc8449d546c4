package id.kotacerdas.armada.internal;

/** Condition as recorded on the asset card (KIB-B). */
enum KondisiKendaraan {

	BAIK, RUSAK_RINGAN, RUSAK_BERAT
}
