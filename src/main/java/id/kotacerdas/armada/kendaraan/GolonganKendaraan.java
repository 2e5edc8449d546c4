package id.kotacerdas.armada.kendaraan;

/** Class of an official vehicle as in the regional asset rules. */
public enum GolonganKendaraan {

	PERORANGAN_DINAS, JABATAN, OPERASIONAL
}
