-- Open-data portal (satudata, portal side): datasets uploaded by agencies and their walidata review,
-- download counts, and requests for data sent to Kominfo. The catalogue core has its own migrations.
create schema if not exists satudata;

create table satudata.unggahan (
    id bigserial primary key,
    -- the dataset's name in URLs and the catalogue (CKAN package name rule)
    kode text not null unique check (kode ~ '^[a-z0-9_-]{2,100}$'),
    opd_id bigint not null,
    judul text not null,
    -- Satu Data metadata (Perpres 39/2019): concept, definition, classification, unit, reference codes,
    -- region level, period, release schedule, licence
    konsep text not null,
    definisi text not null,
    klasifikasi text,
    satuan text not null,
    kode_bps text,
    kode_bappenas text,
    tingkat_wilayah text not null,
    frekuensi text not null,
    jadwal_rilis text,
    lisensi text not null,
    tema text not null,
    kata_kunci text[] not null default '{}',
    -- counts of people or reports: small cells are suppressed when published
    hitungan_orang boolean not null,
    berkas_id uuid not null,
    nama_berkas text not null,
    -- the columns in order: names and types (TEKS, BILANGAN_BULAT, DESIMAL, BULAN)
    kolom_nama text[] not null,
    kolom_jenis text[] not null check (cardinality(kolom_jenis) = cardinality(kolom_nama)),
    jumlah_baris integer not null,
    status text not null check (status in ('DIAJUKAN', 'DIKEMBALIKAN', 'TERBIT')),
    alasan text,
    tanggal_rilis date,
    diajukan_oleh text not null,
    diperiksa_oleh text,
    versi integer not null default 0,
    dibuat timestamptz not null,
    diubah timestamptz not null,
    check ((status = 'TERBIT') = (tanggal_rilis is not null)),
    check (status <> 'DIKEMBALIKAN' or alasan is not null)
);
create index on satudata.unggahan (status, opd_id);

-- downloads per dataset and format (module datasets and uploads alike), counted as they are served
create table satudata.unduhan (
    dataset text not null,
    format text not null,
    jumlah bigint not null default 0,
    primary key (dataset, format)
);

-- "Minta data": a request for a dataset not yet published, for Kominfo; contacts are private
create table satudata.permintaan_data (
    id bigserial primary key,
    kode text not null unique,
    nama text not null,
    email text,
    telepon text,
    instansi text,
    data_diminta text not null,
    keperluan text not null,
    dibuat timestamptz not null,
    check (email is not null or telepon is not null)
);
create index on satudata.permintaan_data (dibuat desc);
