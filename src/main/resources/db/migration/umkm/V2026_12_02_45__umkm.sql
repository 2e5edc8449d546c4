-- The city's micro, small and medium businesses (UMKM): the registry and what the public directory shows.
create schema if not exists umkm;

create table umkm.usaha (
    id bigserial primary key,
    -- owner: NIK (16 digits, platform.Nik), name and contact
    nik text not null,
    nama_pemilik text not null,
    telepon text,
    email text,
    -- business: name, the name as compared for duplicates (lower case, letters and digits), address and place
    nama text not null,
    nama_normal text not null,
    alamat text not null,
    kelurahan_kode text not null,
    lat double precision,
    lon double precision,
    kbli text not null,
    bentuk_hukum text not null,
    nib text,
    punya_npwp boolean not null default false,
    -- whole rupiah; capital excluding land and buildings, sales per year (PP 7/2021)
    modal bigint check (modal >= 0),
    penjualan_tahunan bigint check (penjualan_tahunan >= 0),
    karyawan int not null default 0 check (karyawan >= 0),
    jam_buka text,
    whatsapp text,
    keterangan text,
    tampil_publik boolean not null default false,
    status text not null check (status in ('DIAJUKAN', 'AKTIF', 'DITOLAK', 'DIBATALKAN')),
    -- the staged application it was registered through (permohonan's tracking code)
    permohonan_kode text unique,
    -- null when the owner registered themself; else the staff account that entered it (assisted mode)
    dibantu_oleh text,
    dibuat timestamptz not null,
    diaktifkan timestamptz
);
create index on umkm.usaha (nik, nama_normal, kelurahan_kode);
create index on umkm.usaha (status, kelurahan_kode);

-- How a customer pays: cash, QRIS (with its NMID), bank transfer, an e-commerce shop (its link).
create table umkm.kanal_bayar (
    usaha_id bigint not null references umkm.usaha (id) on delete cascade,
    jenis text not null check (jenis in ('TUNAI', 'QRIS', 'TRANSFER', 'TOKO_DARING')),
    nmid text,
    -- the criterion (UMI, UKE, …) of a QRIS code checked by module qris; true when the NMID was read from that code
    kriteria text,
    diperiksa boolean not null default false,
    tautan text,
    urutan int not null,
    primary key (usaha_id, urutan)
);
create index on umkm.kanal_bayar (jenis);

create table umkm.sertifikat (
    id bigserial primary key,
    usaha_id bigint not null references umkm.usaha (id) on delete cascade,
    jenis text not null check (jenis in ('PIRT', 'HALAL', 'BPOM', 'SNI', 'MEREK')),
    nomor text not null,
    berlaku_sampai date,
    -- the scan, stored through berkas
    berkas_id uuid
);

create table umkm.produk (
    id bigserial primary key,
    usaha_id bigint not null references umkm.usaha (id) on delete cascade,
    nama text not null,
    harga_min bigint not null check (harga_min >= 0),
    harga_maks bigint not null check (harga_maks >= harga_min),
    foto_id uuid
);

-- Photos of the business itself (the stall, the loom), stored through berkas.
create table umkm.foto (
    usaha_id bigint not null references umkm.usaha (id) on delete cascade,
    berkas_id uuid not null,
    urutan int not null,
    primary key (usaha_id, urutan)
);
