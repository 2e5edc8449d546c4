CREATE SCHEMA IF NOT EXISTS pasar;

-- Commodities as the markets sell them. A national list's id is filled only where it is known;
-- lokal marks Kupang's own inflation drivers, which no national list carries.
CREATE TABLE pasar.komoditas (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kode          text NOT NULL UNIQUE,
    nama          text NOT NULL,
    varian        text,
    satuan        text NOT NULL,
    kode_pihps    text,
    kode_bapanas  text,
    kode_sp2kp    text,
    lokal         boolean NOT NULL DEFAULT false,
    urutan        integer NOT NULL,
    aktif         boolean NOT NULL DEFAULT true
);

-- How one unit of a commodity converts into another (1 rak = 30 butir, 1 butir = 1/16 kg):
-- per commodity, because a butir of egg is not a butir of anything else. Chains are followed.
CREATE TABLE pasar.konversi (
    komoditas_id  bigint NOT NULL REFERENCES pasar.komoditas (id),
    dari          text NOT NULL,
    ke            text NOT NULL,
    faktor        numeric(12, 6) NOT NULL CHECK (faktor > 0),
    PRIMARY KEY (komoditas_id, dari, ke)
);

CREATE TABLE pasar.pasar (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kode            text NOT NULL UNIQUE,
    nama            text NOT NULL,
    -- a Kemendagri code of wilayah; no foreign key: wilayah loads its regions after the migrations
    kelurahan_kode  varchar(20),
    lat             double precision,
    lon             double precision,
    jenis           text NOT NULL CHECK (jenis IN ('TRADISIONAL', 'MODERN', 'GROSIR', 'PRODUSEN')),
    -- ISO days of the week (1 = Monday)
    hari_buka       smallint[] NOT NULL DEFAULT '{1,2,3,4,5,6,7}',
    aktif           boolean NOT NULL DEFAULT true
);

-- Government ceiling (HET) or reference (HAP) prices, each valid for a period.
CREATE TABLE pasar.harga_acuan (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    komoditas_id    bigint NOT NULL REFERENCES pasar.komoditas (id),
    jenis           text NOT NULL CHECK (jenis IN ('HET', 'HAP')),
    harga           bigint NOT NULL CHECK (harga > 0),
    berlaku_dari    date NOT NULL,
    berlaku_sampai  date,
    dasar           text NOT NULL
);
CREATE INDEX harga_acuan_komoditas ON pasar.harga_acuan (komoditas_id, berlaku_dari);

-- One observation per market, commodity, day and enumerator: a resubmission finds its row, a
-- correction replaces it (and is audited). ditandai: accepted only after the enumerator confirmed
-- an implausible price, for the supervisor to look at.
CREATE TABLE pasar.harga (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pasar_id      bigint NOT NULL REFERENCES pasar.pasar (id),
    komoditas_id  bigint NOT NULL REFERENCES pasar.komoditas (id),
    tanggal       date NOT NULL,
    petugas       text NOT NULL,
    harga         bigint NOT NULL CHECK (harga > 0),
    asal          text,
    ditandai      boolean NOT NULL DEFAULT false,
    dibuat        timestamptz NOT NULL,
    diubah        timestamptz NOT NULL,
    UNIQUE (pasar_id, komoditas_id, tanggal, petugas)
);
CREATE INDEX harga_tanggal ON pasar.harga (tanggal, komoditas_id);
CREATE INDEX harga_riwayat ON pasar.harga (pasar_id, komoditas_id, tanggal);
