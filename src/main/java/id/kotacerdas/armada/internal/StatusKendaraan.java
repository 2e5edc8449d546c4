package id.kotacerdas.armada.internal;

enum StatusKendaraan {

	AKTIF, DIPINJAMKAN, NONAKTIF, DIHAPUS
}
