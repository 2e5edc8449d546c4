-- Photos of the odometer and of the receipt of a fuel purchase.
CREATE TABLE armada.foto_bbm (
    pembelian_id  bigint NOT NULL REFERENCES armada.pembelian_bbm (id),
    jenis         text NOT NULL CHECK (jenis IN ('ODOMETER', 'STRUK')),
    tipe_isi      text NOT NULL,
    isi           bytea NOT NULL,
    diunggah_oleh text NOT NULL,
    diunggah      timestamptz NOT NULL,
    PRIMARY KEY (pembelian_id, jenis)
);
