-- SODAMOLEK's service catalogue: each service as its published standard (PermenPANRB 15/2014),
-- its application form and its ordered steps, and the applications filed through it (the engine
-- `permohonan` runs their steps; this module keeps the answers and documents).
create schema if not exists layanan;

create table layanan.layanan (
    id bigserial primary key,
    kode text not null unique,
    nama text not null,
    ringkasan text not null default '',
    -- kelurahan | kecamatan | perangkat_daerah
    tingkat text not null,
    opd_id bigint not null,
    unit text,
    -- archive classification code (e.g. 470 population letters, 640 building): numbering of issued documents
    klasifikasi text not null,
    -- the product (PermenPANRB 15/2014 "produk pelayanan"), e.g. "Surat Keterangan Domisili"
    produk text not null,
    -- service-delivery components (komponen penyampaian pelayanan)
    persyaratan text not null default '',
    prosedur text not null default '',
    batas_hari_kerja int not null check (batas_hari_kerja >= 1),
    biaya bigint not null check (biaya >= 0),
    -- the fee in words where it is assessed per application (a retribution), else empty
    keterangan_biaya text not null default '',
    pengaduan text not null,
    -- manufacturing components (komponen pengelolaan pelayanan)
    dasar_hukum text not null,
    sarana text not null default '',
    kompetensi text not null default '',
    pengawasan text not null default '',
    jumlah_pelaksana text not null default '',
    jaminan_pelayanan text not null default '',
    jaminan_keamanan text not null default '',
    evaluasi_kinerja text not null default '',
    -- the application form: typed fields and required documents; the ordered steps
    isian jsonb not null default '[]',
    dokumen jsonb not null default '[]',
    langkah jsonb not null default '[]',
    -- the engine's flow the service files into now; a changed flow gets a new code (running applications keep theirs)
    alur_kode text,
    alur_versi int not null default 0,
    aktif boolean not null default true,
    versi int not null default 0,
    diubah_pada timestamptz not null default now()
);


-- An application's content, under this module's id (the engine's konsumen_ref).
create table layanan.pengajuan (
    id bigserial primary key,
    layanan_id bigint not null references layanan.layanan (id),
    kode_permohonan text unique,
    alur_kode text not null,
    -- the form as it was when filed (fields and required documents), so later edits of the service do not change its meaning
    isian jsonb not null,
    dokumen jsonb not null,
    -- the agencies owning the flow's steps when filed: who may see the applicant's data and documents
    opd_tahap bigint[] not null,
    -- field code → answer as typed (ISO dates, plain numbers, the chosen option, true/false)
    jawaban jsonb not null default '{}',
    -- the form's one-time id: a form sent twice (reload, double tap) files once
    id_pengiriman text unique,
    dibuat_pada timestamptz not null default now()
);

-- The documents of an application: the current one per required document; a replaced one is kept, marked.
create table layanan.berkas_pengajuan (
    id bigserial primary key,
    pengajuan_id bigint not null references layanan.pengajuan (id),
    dokumen_kode text not null,
    berkas_id uuid not null,
    diganti boolean not null default false,
    diunggah_pada timestamptz not null default now()
);

create unique index berkas_pengajuan_terkini on layanan.berkas_pengajuan (pengajuan_id, dokumen_kode) where not diganti;

-- The office's check of each required document against the requirement list.
create table layanan.pemeriksaan (
    pengajuan_id bigint not null references layanan.pengajuan (id),
    dokumen_kode text not null,
    ada boolean not null,
    oleh text not null,
    pada timestamptz not null default now(),
    primary key (pengajuan_id, dokumen_kode)
);
