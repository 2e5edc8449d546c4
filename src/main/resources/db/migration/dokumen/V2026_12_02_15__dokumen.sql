-- Issued documents anyone can verify: kinds with their editable template, the numbering register, the documents.
create schema if not exists dokumen;

-- A kind of document (a domisili letter, a training certificate), defined by the module that issues it.
create table dokumen.jenis (
    kode text primary key,
    nama text not null,
    konsumen_modul text not null,
    -- the agency whose administrators edit the template; null = Kominfo only
    opd_id bigint,
    -- e.g. [klasifikasi]/[nomor]/[unit]/[bulan romawi]/[tahun]
    pola_nomor text not null,
    -- LOKAL (PAdES with the city certificate), BSRE, TANPA
    tanda_tangan text not null,
    -- Thymeleaf HTML (XHTML) rendered to PDF
    templat text not null,
    diubah_pada timestamptz not null,
    versi int not null default 0
);

-- The register: the last number given per classification code, unit and year (WITA). Updated in the
-- transaction that records the document, so a number is never lost or given twice.
create table dokumen.register (
    klasifikasi text not null,
    unit text not null,
    tahun int not null,
    terakhir int not null check (terakhir >= 1),
    primary key (klasifikasi, unit, tahun)
);

create table dokumen.dokumen (
    -- random (122 bits): the address of the public verification page, not guessable from another
    id uuid primary key,
    jenis_kode text not null references dokumen.jenis (kode),
    klasifikasi text not null,
    unit text not null,
    tahun int not null,
    urut int not null,
    nomor text not null,
    -- DISIAPKAN: number taken, PDF not stored yet (finished by the issuer or the sweep); TERBIT
    status text not null,
    data jsonb not null,
    nik text not null,
    nama text not null,
    perihal text not null,
    berlaku_sampai date,
    opd_id bigint,
    konsumen_modul text not null,
    konsumen_ref text not null,
    diterbitkan_pada timestamptz not null,
    tanda_tangan text not null,
    berkas_id uuid,
    sha256 text,
    dicabut_pada timestamptz,
    alasan_cabut text,
    dicabut_oleh text,
    unique (klasifikasi, unit, tahun, urut),
    unique (konsumen_modul, konsumen_ref)
);

create index dokumen_disiapkan on dokumen.dokumen (diterbitkan_pada) where status = 'DISIAPKAN';
create index dokumen_sha256 on dokumen.dokumen (sha256);
