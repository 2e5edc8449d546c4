-- A spreadsheet of businesses (the city's own lists, a PL-KUMKM census export): checked first (dry run), applied
-- later as a whole. The file is kept so that what is applied is exactly what was checked; sidik (SHA-256) names it.
create table umkm.impor (
    id bigserial primary key,
    nama_berkas text not null,
    sidik text not null,
    isi bytea not null,
    pengguna text not null,
    dibuat timestamptz not null,
    diterapkan timestamptz,
    jumlah int
);

-- Businesses that came from an import (already registered elsewhere: active without an application).
alter table umkm.usaha add column impor_id bigint references umkm.impor (id);
