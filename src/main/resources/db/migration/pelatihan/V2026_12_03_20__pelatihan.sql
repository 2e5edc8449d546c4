-- Training of UMKM (digital marketing, QRIS, bookkeeping, halal certification): programmes, sessions, participants,
-- QR check-in, certificates (through dokumen) and the follow-up three months after a session.
create schema if not exists pelatihan;

create table pelatihan.program (
    id bigserial primary key,
    judul text not null,
    topik text not null check (topik in ('PEMASARAN_DIGITAL', 'QRIS', 'PEMBUKUAN', 'SERTIFIKASI_HALAL', 'LAINNYA')),
    -- the organising agency: its staff manage the programme; a partner (e.g. Bank NTT) in words
    opd_id bigint not null,
    mitra text,
    keterangan text,
    dibuat timestamptz not null,
    dibuat_oleh text not null
);

create table pelatihan.sesi (
    id bigserial primary key,
    program_id bigint not null references pelatihan.program (id),
    pelatih text not null,
    tempat text not null,
    kelurahan_kode text not null,
    mulai timestamptz not null,
    selesai timestamptz not null,
    kuota int not null check (kuota > 0),
    dibuat timestamptz not null,
    check (selesai > mulai)
);
create index sesi_program on pelatihan.sesi (program_id);
create index sesi_mulai on pelatihan.sesi (mulai);

-- the trainer's check-in links: only the SHA-256 of the token is kept
create table pelatihan.tautan_absen (
    sandi text primary key,
    sesi_id bigint not null references pelatihan.sesi (id),
    berlaku_sampai timestamptz not null,
    dibuat timestamptz not null,
    dibuat_oleh text not null
);

create table pelatihan.peserta (
    id bigserial primary key,
    sesi_id bigint not null references pelatihan.sesi (id),
    -- what the participant's QR code holds; the private page's token only as SHA-256
    kode text not null unique,
    sandi text not null,
    nama text not null,
    telepon text not null,
    nik text,
    nama_usaha text not null,
    kelurahan_kode text not null,
    -- the UMKM record, when one matches (by NIK, else by phone); null until then
    usaha_id bigint,
    didaftarkan_oleh text,
    dibuat timestamptz not null,
    -- a certificate issued through dokumen
    dokumen_id uuid,
    unique (sesi_id, telepon)
);
create index peserta_tanpa_usaha on pelatihan.peserta (id) where usaha_id is null;

-- one attendance per participant (and so per participant and session); the earliest scan is kept
create table pelatihan.kehadiran (
    peserta_id bigint primary key references pelatihan.peserta (id),
    sesi_id bigint not null references pelatihan.sesi (id),
    dipindai timestamptz not null,
    diterima timestamptz not null,
    perangkat text
);
create index kehadiran_sesi on pelatihan.kehadiran (sesi_id);

-- the follow-up three months after the session, for those who attended
create table pelatihan.tindak_lanjut (
    peserta_id bigint primary key references pelatihan.peserta (id),
    jatuh_tempo date not null,
    sandi text,
    dikirim timestamptz,
    dijawab timestamptz,
    jual_online boolean,
    pakai_qris boolean,
    penjualan_naik boolean,
    tautan_toko text[]
);
create index tindak_lanjut_jatuh_tempo on pelatihan.tindak_lanjut (jatuh_tempo) where dikirim is null;
