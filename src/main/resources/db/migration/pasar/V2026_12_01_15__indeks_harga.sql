-- The weight of each commodity in the basket of the weekly price development index (IPH-style).
-- Data, not code: the market agency or Kominfo edit it on /staf/pasar/bobot. Seeded equal (1 each)
-- because the real weights - the commodity's share in BPS's consumer price index for Kota Kupang
-- (the CPI city for NTT) - are to be entered from BPS's publication, not guessed here.
CREATE TABLE pasar.bobot_indeks (
    komoditas_id  bigint PRIMARY KEY REFERENCES pasar.komoditas (id),
    bobot         numeric(10, 4) NOT NULL CHECK (bobot >= 0),
    diubah        timestamptz,
    diubah_oleh   text
);
INSERT INTO pasar.bobot_indeks (komoditas_id, bobot) SELECT id, 1 FROM pasar.komoditas;

-- An alert to the TPID team goes out once per commodity, condition and week (Monday, WITA): the
-- row is written in the transaction that queues the messages, so a rerun or a second instance
-- finds it and stays silent.
CREATE TABLE pasar.peringatan_harga (
    komoditas_id  bigint NOT NULL REFERENCES pasar.komoditas (id),
    jenis         text NOT NULL CHECK (jenis IN ('NAIK', 'DI_ATAS_HET')),
    minggu        date NOT NULL,
    dibuat        timestamptz NOT NULL,
    PRIMARY KEY (komoditas_id, jenis, minggu)
);

-- The index, the charts and the open dataset read every market's prices of a range of days:
-- with the price in the index they are answered from the index alone (see docs/benchmarks.md).
CREATE INDEX harga_tanggal_cakup ON pasar.harga (tanggal, komoditas_id, pasar_id) INCLUDE (harga);
DROP INDEX pasar.harga_tanggal;
