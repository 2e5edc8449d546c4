-- Fuel purchases, each as the gate decided it. A refused purchase is not stored unless a
-- verifier let it through (penimpaan_*), which the audit log records too.
CREATE TABLE armada.pembelian_bbm (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kendaraan_id       bigint NOT NULL REFERENCES armada.kendaraan (id),
    waktu              timestamptz NOT NULL,
    pengemudi          text,
    spbu               text,
    spbu_lat           double precision,
    spbu_lon           double precision,
    jenis_bbm          text NOT NULL,
    liter              numeric(7, 2) NOT NULL CHECK (liter > 0),
    harga_per_liter    bigint NOT NULL CHECK (harga_per_liter > 0),
    total_rupiah       bigint NOT NULL,
    odometer_km        integer,
    nomor_struk        text,
    metode_pembayaran  text,
    lat                double precision,
    lon                double precision,
    jarak_gps_km       numeric(9, 1),
    liter_diizinkan    numeric(7, 1) NOT NULL,
    penimpaan_alasan   text,
    penimpaan_oleh     text,
    anomali            text[] NOT NULL DEFAULT '{}',
    dicatat_oleh       text NOT NULL,
    dibuat             timestamptz NOT NULL
);
CREATE INDEX pembelian_bbm_kendaraan_waktu ON armada.pembelian_bbm (kendaraan_id, waktu);
CREATE INDEX pembelian_bbm_struk ON armada.pembelian_bbm (nomor_struk);
