-- The smart-city masterplan register (programmes and their indicators per element, with baselines and yearly
-- targets), the stored values of live indicators (snapshots), and the values agencies enter with a proof.
create schema if not exists masterplan;

create table masterplan.program (
    id bigserial primary key,
    kode text not null unique,
    elemen text not null check (elemen in ('PELAYANAN_PUBLIK', 'MANAJEMEN_BIROKRASI', 'KEBIJAKAN_PUBLIK', 'EKOSISTEM_PARIWISATA',
        'PLATFORM_BISNIS_DAERAH', 'WAJAH_KOTA', 'EKOSISTEM_INDUSTRI', 'KESEJAHTERAAN_RAKYAT', 'EKOSISTEM_TRANSAKSI_KEUANGAN', 'POLA_HIDUP',
        'KESEHATAN', 'TRANSPORTASI', 'KOMUNITAS', 'EKOSISTEM_BELAJAR', 'SISTEM_KEAMANAN', 'PROTEKSI_LINGKUNGAN', 'PENGELOLAAN_SAMPAH',
        'PENGELOLAAN_ENERGI')),
    nama text not null check (length(nama) between 1 and 200),
    deskripsi text not null default '',
    opd_id bigint not null,
    quick_win boolean not null default false,
    -- the RPJMD/SPM indicator it answers, in the plan's own words
    rujukan_rpjmd text not null default '',
    -- ISO 37120/37122 indicator where one fits, e.g. "ISO 37122 17.1"
    kode_iso text not null default '',
    urutan int not null default 0,
    diubah timestamptz not null
);

create table masterplan.indikator (
    id bigserial primary key,
    program_id bigint not null references masterplan.program (id),
    kode text not null unique,
    nama text not null check (length(nama) between 1 and 300),
    satuan text not null check (satuan in ('PERSEN', 'JUMLAH', 'RUPIAH', 'INDEKS')),
    arah text not null check (arah in ('NAIK_LEBIH_BAIK', 'TURUN_LEBIH_BAIK')),
    -- LANGSUNG: computed from the platform.Indikator bean of that code; ISIAN: entered by the agency with a proof
    jenis_nilai text not null check (jenis_nilai in ('LANGSUNG', 'ISIAN')),
    kode_sumber text unique,
    baseline_tahun int check (baseline_tahun between 2000 and 2100),
    baseline_nilai numeric(20, 4),
    urutan int not null default 0,
    check ((jenis_nilai = 'LANGSUNG') = (kode_sumber is not null)),
    check ((baseline_tahun is null) = (baseline_nilai is null))
);
create index on masterplan.indikator (program_id);

create table masterplan.target (
    indikator_id bigint not null references masterplan.indikator (id) on delete cascade,
    tahun int not null check (tahun between 2019 and 2028),
    nilai numeric(20, 4) not null,
    primary key (indikator_id, tahun)
);

-- A live indicator's value for a year as computed from its module, with its proof (parts, records read, when).
-- Closed years are computed once (and again on demand); the current year is refreshed on a schedule.
create table masterplan.cuplikan (
    indikator_id bigint not null references masterplan.indikator (id) on delete cascade,
    tahun int not null,
    angka numeric(20, 4),
    pembilang bigint,
    penyebut bigint,
    jumlah_catatan bigint not null,
    sumber_modul text not null,
    dihitung_pada timestamptz not null,
    primary key (indikator_id, tahun)
);

create table masterplan.cuplikan_opd (
    indikator_id bigint not null,
    tahun int not null,
    opd_id bigint not null,
    opd text not null,
    angka numeric(20, 4),
    pembilang bigint,
    penyebut bigint,
    jumlah_catatan bigint not null,
    primary key (indikator_id, tahun, opd_id),
    foreign key (indikator_id, tahun) references masterplan.cuplikan (indikator_id, tahun) on delete cascade
);

-- A value the responsible agency enters for a year, with its proof (a berkas: PDF or photo) and the date of the
-- proof; verified by Kominfo through the staged-application engine (permohonan). Only TERVERIFIKASI counts publicly.
create table masterplan.nilai_isian (
    id bigserial primary key,
    indikator_id bigint not null references masterplan.indikator (id),
    tahun int not null check (tahun between 2019 and 2028),
    angka numeric(20, 4) not null,
    tanggal_bukti date not null,
    berkas_id uuid not null,
    catatan text not null default '',
    status text not null check (status in ('MENUNGGU', 'DIKEMBALIKAN', 'TERVERIFIKASI', 'DITOLAK')),
    permohonan_kode text unique,
    diajukan_oleh text not null,
    diajukan_pada timestamptz not null,
    diverifikasi_oleh bigint,
    diverifikasi_pada timestamptz
);
create index on masterplan.nilai_isian (indikator_id, tahun);
