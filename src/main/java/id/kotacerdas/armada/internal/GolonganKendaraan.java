package id.kotacerdas.armada.internal;

/** Class of an official vehicle as in the regional asset rules. */
enum GolonganKendaraan {

	PERORANGAN_DINAS, JABATAN, OPERASIONAL
}
