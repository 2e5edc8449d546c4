-- The city's daily average per commodity, kept current where prices are written (RataHarianRepository),
-- so the board, the index, the alerts and the open dataset read one row per commodity and day
-- instead of aggregating every market's observations on each request (docs/benchmarks.md).
-- harga is the mean of the markets' means, UNROUNDED: readers round exactly as they did when they
-- aggregated the observations themselves, so no figure changes. jumlah_pasar: markets that priced it.
CREATE TABLE pasar.rata_harian (
    tanggal       date NOT NULL,
    komoditas_id  bigint NOT NULL REFERENCES pasar.komoditas (id),
    harga         numeric NOT NULL,
    jumlah_pasar  integer NOT NULL CHECK (jumlah_pasar > 0),
    PRIMARY KEY (tanggal, komoditas_id)
);

INSERT INTO pasar.rata_harian (tanggal, komoditas_id, harga, jumlah_pasar)
SELECT tanggal, komoditas_id, avg(harga), count(*)
FROM (SELECT tanggal, komoditas_id, avg(harga) AS harga FROM pasar.harga GROUP BY tanggal, komoditas_id, pasar_id) per_pasar
GROUP BY tanggal, komoditas_id;
