/** Tracking: the OsmAnd tracker port and decoder, where a position gets stored (PenulisPosisi → PenyimpanPosisi, day partitions), the GPS odometer, trips, geofence enter/exit detection, the live map and the position API; ArmadaService answers the module's API. */
package id.kotacerdas.armada.pelacakan;
