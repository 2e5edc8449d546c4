create schema if not exists berkas;

-- Every module's stored files: the description here, the bytes in the configured store (the local
-- folder or an S3-compatible bucket) under `kunci`. An object no row names is removed by the sweep
-- after a grace period (written, but its transaction rolled back; or its row deleted).
create table berkas.berkas (
    id              uuid primary key,
    modul           varchar(40) not null,
    jenis           varchar(40) not null,
    kunci           varchar(300) not null unique,
    tipe_isi        varchar(100) not null,
    ukuran          bigint not null check (ukuran >= 0),
    sha256          char(64) not null,
    lebar           int,
    tinggi          int,
    -- a photo's thumbnail is a berkas of its own
    thumbnail_id    uuid references berkas.berkas(id),
    dibuat          timestamptz not null
);
create index berkas_thumbnail_idx on berkas.berkas (thumbnail_id) where thumbnail_id is not null;
