-- The staged-application engine: flow definitions (as data) and the applications that run through them.
create schema if not exists permohonan;

-- A flow: ordered steps with owners and working-day limits, defined by the consumer module that owns it.
create table permohonan.alur (
    id bigserial primary key,
    kode text not null unique,
    nama text not null,
    konsumen_modul text not null,
    konsumen_ref text,
    batas_hari_kerja int not null check (batas_hari_kerja >= 0),
    dibuat_pada timestamptz not null default now()
);

create table permohonan.tahap (
    alur_id bigint not null references permohonan.alur (id) on delete cascade,
    urutan int not null check (urutan >= 1),
    nama text not null,
    opd_id bigint not null,
    unit text,
    peran text,
    batas_hari_kerja int not null check (batas_hari_kerja >= 0),
    -- what the applicant must provide for this step, one item per element
    persyaratan text[] not null default '{}',
    primary key (alur_id, urutan)
);

create table permohonan.permohonan (
    id bigserial primary key,
    kode text not null unique,
    alur_id bigint not null references permohonan.alur (id),
    konsumen_ref text,
    perihal text not null,
    nik text not null,
    nama text not null,
    email text,
    telepon text,
    bahasa text,
    token_hash text not null unique,
    status text not null,
    tahap_ke int not null,
    diajukan_pada timestamptz not null,
    -- the office's clock: the current period started at mulai_hitung (null while the file is with the applicant or finished)
    mulai_hitung timestamptz,
    hari_tahap_terpakai int not null default 0,
    hari_total_terpakai int not null default 0,
    tenggat_tahap timestamptz,
    kekurangan text[] not null default '{}',
    alasan text,
    eskalasi_tahap int not null default 0,
    selesai_pada timestamptz,
    diperbarui_pada timestamptz not null,
    versi int not null default 0
);

-- the worklist: open files per step owner, by deadline
create index permohonan_terbuka on permohonan.permohonan (alur_id, tahap_ke, tenggat_tahap) where status = 'DIPROSES';

create table permohonan.riwayat (
    id bigserial primary key,
    permohonan_id bigint not null references permohonan.permohonan (id) on delete cascade,
    aksi text not null,
    tahap_ke int not null,
    status text not null,
    teks text not null default '',
    kekurangan text[] not null default '{}',
    staf_id bigint,
    nama_pelaku text,
    waktu timestamptz not null
);

create index riwayat_permohonan on permohonan.riwayat (permohonan_id, id);
