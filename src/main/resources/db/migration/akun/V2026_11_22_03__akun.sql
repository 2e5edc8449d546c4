create schema if not exists akun;

-- A rapid-response team (TRC) of an agency; wilayah lists the kecamatan/kelurahan codes it covers.
create table akun.tim (
    id       bigserial primary key,
    opd_id   bigint not null references opd.opd (id),
    nama     text not null,
    wilayah  text[] not null default '{}',
    utama    boolean not null default false,
    unique (opd_id, nama)
);
-- at most one default team per agency
create unique index tim_utama_idx on akun.tim (opd_id) where utama;

create table akun.pengguna (
    id               bigserial primary key,
    username         varchar(60) not null unique,
    nama             text not null,
    email            text,
    kata_sandi       text not null,
    peran            varchar(20) not null check (peran in ('ADMIN_KOMINFO', 'ADMIN_OPD', 'PETUGAS_TRC', 'PIMPINAN')),
    opd_id           bigint references opd.opd (id),
    tim_id           bigint references akun.tim (id),
    aktif            boolean not null default true,
    gagal_masuk      int not null default 0,
    terkunci_sampai  timestamptz,
    dibuat           timestamptz not null default now(),
    check (peran in ('ADMIN_KOMINFO', 'PIMPINAN') or opd_id is not null),
    check (peran <> 'PETUGAS_TRC' or tim_id is not null)
);

-- Machine API keys: only a SHA-256 of the key is kept; awalan (prefix) finds the row.
create table akun.kunci_api (
    id          bigserial primary key,
    nama        text not null,
    awalan      varchar(16) not null unique,
    hash        varchar(64) not null,
    scopes      text[] not null,
    dibuat      timestamptz not null default now(),
    dibuat_oleh text not null,
    dicabut     timestamptz
);
