package id.kotacerdas.armada.kendaraan;

/** Condition as recorded on the asset card (KIB-B). */
public enum KondisiKendaraan {

	BAIK, RUSAK_RINGAN, RUSAK_BERAT
}
