/** Registered places (fuel stations, offices) as circles or polygons: their register, shapes and the in-memory index that detection and the fuel checks read. */
package id.kotacerdas.armada.geofence;
