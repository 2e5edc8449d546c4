CREATE SCHEMA IF NOT EXISTS armada;

-- The vehicle register: the fields of the asset card (KIB-B) plus what fleet control needs.
CREATE TABLE armada.kendaraan (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nomor_polisi          text NOT NULL UNIQUE,
    tracker_id            text NOT NULL UNIQUE,
    opd_id                bigint NOT NULL,
    nomor_rangka          text,
    nomor_mesin           text,
    nomor_bpkb            text,
    merek                 text,
    tipe                  text,
    cc                    integer,
    tahun_pembuatan       integer,
    harga_perolehan       bigint,
    asal_perolehan        text,
    golongan              text NOT NULL,
    jenis_bbm             text NOT NULL,
    kapasitas_tangki      numeric(7, 2) NOT NULL CHECK (kapasitas_tangki > 0),
    norma_km_per_liter    numeric(6, 2) NOT NULL CHECK (norma_km_per_liter > 0),
    kuota_liter_bulanan   numeric(8, 2),
    kuota_rupiah_bulanan  bigint,
    nip_pemegang          text,
    nama_pemegang         text,
    kondisi               text NOT NULL,
    status                text NOT NULL,
    jatuh_tempo_stnk      date,
    jatuh_tempo_pajak     date,
    dibuat                timestamptz NOT NULL,
    diubah                timestamptz NOT NULL
);
CREATE INDEX kendaraan_opd ON armada.kendaraan (opd_id);

-- Tracker positions, partitioned by day (partitions are created ahead and dropped after the
-- retention period by PartisiPosisi). The default partition catches fixes older than the
-- oldest partition so that a late upload never fails.
-- jarak_m is the server-side GPS odometer (metres since the vehicle's first fix) after this fix;
-- NULL for a fix that arrived out of order and so was not part of the distance.
CREATE TABLE armada.posisi (
    kendaraan_id   bigint NOT NULL,
    waktu          timestamptz NOT NULL,
    diterima       timestamptz NOT NULL,
    lat            double precision NOT NULL,
    lon            double precision NOT NULL,
    kecepatan_knot real,
    arah           real,
    ketinggian     real,
    akurasi        real,
    valid          boolean NOT NULL,
    jarak_m        double precision,
    atribut        jsonb,
    PRIMARY KEY (kendaraan_id, waktu)
) PARTITION BY RANGE (waktu);
CREATE TABLE armada.posisi_lama PARTITION OF armada.posisi DEFAULT;
