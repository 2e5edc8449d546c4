-- Acquirer-confirmed QRIS payments (module qris's PembayaranDiterima) as market retribution sees them: matched to
-- a stall's bill of a day and paid, or kept for staff with the reason it could not be matched. Never lost.
-- One row per notification as qris published it: the same event delivered again finds its row.
CREATE TABLE pasar.pembayaran_qris (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    penyedia     text NOT NULL,
    referensi    text NOT NULL,
    nominal      bigint NOT NULL,
    waktu        timestamptz NOT NULL,
    nmid         text,
    -- DIBAYAR (stored as the day's retribution), or why not
    hasil        text NOT NULL CHECK (hasil IN ('DIBAYAR', 'BUKAN_TAGIHAN', 'LAPAK_TIDAK_ADA', 'TIDAK_WAJIB', 'JUMLAH_TIDAK_SAH', 'SUDAH_DIBAYAR')),
    lapak_id     bigint REFERENCES pasar.lapak (id),
    tanggal      date,
    retribusi_id bigint REFERENCES pasar.retribusi (id),
    dicatat      timestamptz NOT NULL,
    UNIQUE (penyedia, referensi, waktu, nominal)
);
CREATE INDEX pembayaran_qris_belum_cocok ON pasar.pembayaran_qris (dicatat) WHERE hasil <> 'DIBAYAR';

-- The trader's NIK links a stall to the trader's business in the UMKM registry (module umkm).
ALTER TABLE pasar.lapak ADD COLUMN nik_pedagang text;
-- qris_diperiksa: the NMID was read from a correct QRIS code (module qris), not only typed
ALTER TABLE pasar.lapak ADD COLUMN qris_diperiksa boolean NOT NULL DEFAULT false;
CREATE INDEX lapak_nik_pedagang ON pasar.lapak (nik_pedagang) WHERE nik_pedagang IS NOT NULL;
