-- Satu Data: the city's open-data catalogue (CKAN packages, DCAT datasets) with the Satu Data Indonesia metadata.
create schema if not exists satudata;

-- CKAN organisations: the producing agencies (produsen data), each one of the city's agencies.
create table satudata.organisasi (
    id bigserial primary key,
    -- CKAN name: URL-safe, stable
    nama text not null unique check (nama ~ '^[a-z0-9_-]{2,100}$'),
    judul text not null,
    opd_id bigint not null unique,
    dibuat timestamptz not null default now()
);

create table satudata.dataset (
    id uuid primary key,
    -- CKAN name
    nama text not null unique check (nama ~ '^[a-z0-9_-]{2,100}$'),
    judul text not null,
    -- CKAN notes; Satu Data's concept and definition are kept apart below
    catatan text not null default '',
    organisasi_id bigint not null references satudata.organisasi (id),
    -- CKAN groups: names of masterplan elements (platform.ElemenKotaCerdas, lower case with '-')
    grup text[] not null default '{}',
    tag text[] not null default '{}',
    lisensi text not null default 'CC-BY-4.0',
    -- Satu Data Indonesia metadata (Perpres 39/2019, metadata standar)
    konsep text,
    definisi text,
    klasifikasi text,
    satuan text,
    kode_bps text,
    kode_bappenas text,
    tingkat_wilayah text not null default 'KABUPATEN_KOTA' check (tingkat_wilayah in ('KABUPATEN_KOTA', 'KECAMATAN', 'KELURAHAN')),
    kode_wilayah text not null,
    -- platform.DataTerbuka.Frekuensi
    periode text not null check (periode in ('HARIAN', 'MINGGUAN', 'BULANAN', 'TRIWULANAN', 'TAHUNAN')),
    jadwal_rilis text,
    walidata text not null,
    status text not null default 'DRAF' check (status in ('DRAF', 'MENUNGGU_WALIDATA', 'TERBIT', 'DIKEMBALIKAN')),
    catatan_walidata text,
    tanggal_rilis timestamptz,
    -- where the rows come from: a module's platform.DataTerbuka bean (by its code) or an agency's upload
    sumber text not null check (sumber in ('MODUL', 'UNGGAHAN')),
    kode_modul text unique,
    cakupan_mulai date,
    cakupan_selesai date,
    jumlah_unduhan bigint not null default 0,
    dibuat timestamptz not null default now(),
    diubah timestamptz not null default now(),
    -- full-text search (package_search q): kept by the repository on every write, 'simple' config so Indonesian
    -- words are matched as written (no English stemming)
    pencarian tsvector not null default ''::tsvector,
    check ((sumber = 'MODUL') = (kode_modul is not null)),
    check ((status = 'TERBIT') = (tanggal_rilis is not null))
);
create index dataset_pencarian_idx on satudata.dataset using gin (pencarian);
create index dataset_tag_idx on satudata.dataset using gin (tag);
create index dataset_grup_idx on satudata.dataset using gin (grup);
create index dataset_organisasi_idx on satudata.dataset (organisasi_id);
create index dataset_diubah_idx on satudata.dataset (diubah);

-- CKAN resources: the files of a dataset. A module's dataset has one per format, streamed from its live rows;
-- an upload's data is a berkas.
create table satudata.sumber_daya (
    id uuid primary key,
    dataset_id uuid not null references satudata.dataset (id) on delete cascade,
    nama text not null,
    -- CKAN format: CSV, XLSX, JSON
    format text not null,
    jenis_media text not null,
    -- site path (the API makes it absolute)
    alamat text not null,
    ukuran bigint,
    berkas_id uuid,
    urutan int not null default 0,
    diubah timestamptz not null default now(),
    unique (dataset_id, format, nama)
);
create index sumber_daya_dataset_idx on satudata.sumber_daya (dataset_id);
create index sumber_daya_format_idx on satudata.sumber_daya (format);
