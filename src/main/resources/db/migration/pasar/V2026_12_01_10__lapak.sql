-- Stalls (lapak) of each market and their daily retribution, collected by the market agency's
-- collectors from a QR card on the stall. The card carries the stall's id only, never money.
CREATE TABLE pasar.lapak (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pasar_id   bigint NOT NULL REFERENCES pasar.pasar (id),
    -- as painted on the stall (A-12, Los B 3), kept in capitals so "a-12" is the same stall
    nomor      text NOT NULL,
    pedagang   text,
    dagangan   text,
    -- daily retribution in whole rupiah; 0 = exempt
    tarif      bigint NOT NULL CHECK (tarif >= 0),
    terisi     boolean NOT NULL,
    qris       boolean NOT NULL DEFAULT false,
    -- the QRIS merchant id (National Merchant ID), when the trader has one
    nmid       text,
    diubah     timestamptz NOT NULL,
    UNIQUE (pasar_id, nomor)
);

-- One payment per stall and day: a resubmission finds its row, a correction replaces it (audited).
-- tarif is the stall's tariff when paid, so a later tariff change does not rewrite the past.
CREATE TABLE pasar.retribusi (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lapak_id   bigint NOT NULL REFERENCES pasar.lapak (id),
    tanggal    date NOT NULL,
    jumlah     bigint NOT NULL CHECK (jumlah > 0),
    tarif      bigint NOT NULL,
    cara       text NOT NULL CHECK (cara IN ('TUNAI', 'QRIS')),
    petugas    text NOT NULL,
    dicatat    timestamptz NOT NULL,
    diubah     timestamptz NOT NULL,
    UNIQUE (lapak_id, tanggal)
);
CREATE INDEX retribusi_tanggal ON pasar.retribusi (tanggal);
