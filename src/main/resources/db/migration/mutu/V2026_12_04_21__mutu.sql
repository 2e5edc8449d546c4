-- ISO 9001 in agencies and the ISO 18091 self-diagnostic (docs/mutu.md).
create schema if not exists mutu;

-- An agency's certification status.
create table mutu.sertifikasi (
    opd_id bigint primary key,
    status text not null check (status in ('BELUM', 'PERSIAPAN', 'TERSERTIFIKASI', 'KEDALUWARSA')),
    lembaga text,
    nomor_sertifikat text,
    berlaku_sampai date,
    ruang_lingkup text,
    diubah_pada timestamptz not null
);

-- Controlled quality documents (SOPs): one row per revision; the file is a PDF in berkas.
create table mutu.dokumen (
    id bigserial primary key,
    opd_id bigint not null,
    kode text not null,
    judul text not null,
    revisi smallint not null check (revisi >= 0),
    berlaku_mulai date not null,
    berkas uuid not null,
    dicatat_pada timestamptz not null,
    unique (opd_id, kode, revisi)
);

-- Internal audit findings.
create table mutu.temuan (
    id bigserial primary key,
    opd_id bigint not null,
    tanggal_audit date not null,
    klausul text not null,
    kategori text not null check (kategori in ('MAYOR', 'MINOR', 'OBSERVASI')),
    uraian text not null,
    dicatat_pada timestamptz not null
);

-- Corrective actions of a finding, each with its due date; done when selesai_pada is set.
create table mutu.tindakan (
    id bigserial primary key,
    temuan_id bigint not null references mutu.temuan,
    uraian text not null,
    penanggung_jawab text not null,
    batas date not null,
    selesai_pada date,
    dicatat_pada timestamptz not null
);

create index tindakan_terbuka on mutu.tindakan (batas) where selesai_pada is null;

-- Management reviews: inputs, outputs and the signed minutes (PDF in berkas).
create table mutu.tinjauan (
    id bigserial primary key,
    opd_id bigint not null,
    tanggal date not null,
    masukan text not null,
    keluaran text not null,
    notulen uuid not null,
    dicatat_pada timestamptz not null
);

-- The ISO 18091 self-diagnostic: the 39 indicators in four quadrants (seeded from the classpath file), one
-- traffic light per agency, year and indicator.
create table mutu.indikator_18091 (
    kode text primary key,
    kuadran smallint not null check (kuadran between 1 and 4),
    urutan smallint not null,
    nama text not null
);

create table mutu.diagnosis (
    opd_id bigint not null,
    tahun smallint not null,
    kode text not null references mutu.indikator_18091,
    warna text not null check (warna in ('MERAH', 'KUNING', 'HIJAU', 'TIDAK_DIUKUR')),
    catatan text,
    diubah_pada timestamptz not null,
    primary key (opd_id, tahun, kode)
);
