-- A spreadsheet of historical prices: checked first (dry run), applied later as a whole. The file
-- is kept so that what is applied is exactly what was checked; sidik (SHA-256) names it.
CREATE TABLE pasar.impor (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nama_berkas text NOT NULL,
    sidik       text NOT NULL,
    isi         bytea NOT NULL,
    pengguna    text NOT NULL,
    dibuat      timestamptz NOT NULL,
    diterapkan  timestamptz,
    jumlah      integer
);

-- Imported prices are stored under the enumerator 'impor' (one observation per market,
-- commodity and day), so importing the same rows again finds them instead of doubling them.
ALTER TABLE pasar.harga ADD COLUMN impor_id bigint REFERENCES pasar.impor (id);
