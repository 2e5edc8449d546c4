-- QRIS: the city's own merchant accounts and the payment notifications acquirers send.
create schema if not exists qris;

-- A city-owned merchant account (a retribution point) as its acquirer issued it.
create table qris.akun_merchant (
    id bigserial primary key,
    opd_id bigint not null,
    nama text not null check (length(nama) between 1 and 25),
    gui text not null,
    pan text,
    id_merchant text,
    nmid text not null unique check (nmid ~ '^ID[0-9]{13}$'),
    kriteria text not null check (kriteria in ('UMI', 'UKE', 'UME', 'UBE', 'URE')),
    mcc text not null check (mcc ~ '^[0-9]{4}$'),
    kota text not null check (length(kota) between 1 and 15),
    kode_pos text,
    label_terminal text,
    dibuat_pada timestamptz not null default now(),
    diubah_pada timestamptz not null default now()
);

-- One row per notification an acquirer sent (a replay finds its row and gets the same answer).
create table qris.notifikasi_pembayaran (
    id bigserial primary key,
    penyedia text not null,
    id_notifikasi text not null,
    referensi text not null,
    nominal bigint not null check (nominal > 0),
    waktu_bayar timestamptz not null,
    nmid text,
    sidik_isi text not null,
    isi text not null,
    diterima_pada timestamptz not null default now(),
    unique (penyedia, id_notifikasi)
);

create index on qris.notifikasi_pembayaran (referensi);
