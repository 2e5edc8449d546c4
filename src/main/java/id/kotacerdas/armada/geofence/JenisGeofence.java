package id.kotacerdas.armada.geofence;

public enum JenisGeofence {
	SPBU, KANTOR
}
