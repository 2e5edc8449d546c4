-- City roads: the segment register (PUPR) and its condition surveys. "Jalan rusak" complaints name a segment
-- (pengaduan.kategori jalan-rusak asks for the kind 'jalan').
create schema if not exists jalan;

create table jalan.ruas (
    kode                varchar(40) primary key,
    nama                varchar(120) not null,
    -- the segment's two ends (a straight line is enough for the picker and the map)
    pangkal_lat         double precision not null,
    pangkal_lon         double precision not null,
    ujung_lat           double precision not null,
    ujung_lon           double precision not null,
    panjang_m           int not null check (panjang_m > 0),
    lebar_m             numeric(4, 1) not null check (lebar_m > 0),
    permukaan           varchar(10) not null,
    opd_id              bigint not null,
    pekerjaan_terakhir  varchar(200),
    pekerjaan_tahun     int
);

-- every condition survey; a segment's condition is its latest (Bina Marga classes; IRI m/km or SDI when measured)
create table jalan.kondisi (
    id          bigserial primary key,
    ruas_kode   varchar(40) not null references jalan.ruas (kode) on delete cascade,
    tanggal     date not null,
    metode      varchar(10) not null,
    nilai       numeric(6, 2),
    kelas       varchar(14) not null,
    oleh        varchar(120),
    check ((metode = 'VISUAL') = (nilai is null))
);
create index kondisi_ruas_idx on jalan.kondisi (ruas_kode, tanggal desc, id desc);
