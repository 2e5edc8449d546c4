package id.kotacerdas.armada.internal;

enum JenisGeofence {
	SPBU, KANTOR
}
