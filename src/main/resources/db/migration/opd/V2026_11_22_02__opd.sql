create schema if not exists opd;

create table opd.opd (
    id            bigserial primary key,
    nama          text not null unique,
    singkatan     text,
    jenis         text not null check (jenis in ('sekretariat', 'inspektorat', 'dinas', 'badan', 'kecamatan', 'rsud', 'lainnya')),
    kode_wilayah  varchar(20),
    aktif         boolean not null default true
);
create unique index opd_singkatan_idx on opd.opd (lower(singkatan)) where singkatan is not null;
