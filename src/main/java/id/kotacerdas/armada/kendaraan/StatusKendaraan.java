package id.kotacerdas.armada.kendaraan;

public enum StatusKendaraan {

	AKTIF, DIPINJAMKAN, NONAKTIF, DIHAPUS
}
