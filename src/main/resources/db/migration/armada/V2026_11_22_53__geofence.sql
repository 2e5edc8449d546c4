-- Geofences beyond the city boundary: fuel stations and offices, each a circle (centre + radius)
-- or a GeoJSON polygon. opd_id NULL means a city-wide place kept by Kominfo.
CREATE TABLE armada.geofence (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nama      text NOT NULL,
    jenis     text NOT NULL CHECK (jenis IN ('SPBU', 'KANTOR')),
    opd_id    bigint,
    lat       double precision,
    lon       double precision,
    radius_m  double precision CHECK (radius_m > 0),
    geojson   text,
    dibuat    timestamptz NOT NULL,
    diubah    timestamptz NOT NULL,
    CHECK ((geojson IS NULL) = (radius_m IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL))
);

-- A vehicle entering or leaving a geofence. The name is kept so the history survives a deleted
-- geofence; the key makes a second instance seeing the same fix harmless.
CREATE TABLE armada.peristiwa_geofence (
    kendaraan_id   bigint NOT NULL REFERENCES armada.kendaraan (id),
    geofence_id    bigint NOT NULL,
    geofence_nama  text NOT NULL,
    jenis          text NOT NULL CHECK (jenis IN ('MASUK', 'KELUAR')),
    waktu          timestamptz NOT NULL,
    lat            double precision NOT NULL,
    lon            double precision NOT NULL,
    PRIMARY KEY (kendaraan_id, waktu, geofence_id, jenis)
);
