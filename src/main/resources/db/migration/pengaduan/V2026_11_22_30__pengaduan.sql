create schema if not exists pengaduan;

-- Complaint categories; they become Open311 services. opd_id is filled from opd_singkatan at
-- start-up because agency ids belong to the opd module and are not known to a migration.
create table pengaduan.kategori (
    kode            varchar(40) primary key,
    nama            varchar(120) not null,
    keterangan      varchar(500) not null default '',
    kata_kunci      varchar(300) not null default '',
    opd_singkatan   varchar(60),
    opd_id          bigint,
    sla_hari_kerja  int not null check (sla_hari_kerja between 1 and 90),
    urutan          int not null default 100,
    aktif           boolean not null default true
);

-- Extra questions of a category (Open311 attributes).
create table pengaduan.pertanyaan (
    kategori_kode   varchar(40) not null references pengaduan.kategori(kode) on delete cascade,
    kode            varchar(40) not null,
    teks            varchar(300) not null,
    jenis           varchar(20) not null check (jenis in ('TEKS','ANGKA','TANGGAL','PILIHAN_TUNGGAL','PILIHAN_GANDA')),
    wajib           boolean not null default false,
    urutan          int not null default 1,
    pilihan         jsonb not null default '[]',
    primary key (kategori_kode, kode)
);

-- National holidays and cuti bersama; editable, so next year's decree is a few inserts.
create table pengaduan.hari_libur (
    tanggal         date primary key,
    nama            varchar(120) not null,
    cuti_bersama    boolean not null default false
);

-- One counter per year and prefix behind the public tracking numbers.
create table pengaduan.nomor_urut (
    tahun           int primary key,
    terakhir        bigint not null
);

create table pengaduan.pengaduan (
    id                      bigserial primary key,
    nomor                   varchar(30) not null unique,
    kategori_kode           varchar(40) not null references pengaduan.kategori(kode),
    deskripsi               varchar(4000) not null,
    atribut                 jsonb not null default '{}',
    lat                     double precision,
    lon                     double precision,
    alamat                  varchar(300) not null default '',
    kelurahan_kode          varchar(20),
    kecamatan_kode          varchar(20),
    opd_id                  bigint,
    tim_id                  bigint,
    status                  varchar(20) not null,
    anonim                  boolean not null default false,
    rahasia                 boolean not null default false,
    nama_pelapor            varchar(120),
    telepon_pelapor         varchar(40),
    email_pelapor           varchar(200),
    token_hash              varchar(64) not null unique,
    saluran                 varchar(20) not null default 'web',
    diterima_pada           timestamptz not null,
    diperbarui_pada         timestamptz not null,
    tenggat_respons         timestamptz not null,
    tenggat_selesai         timestamptz not null,
    direspons_pada          timestamptz,
    selesai_pada            timestamptz,
    ditutup_pada            timestamptz,
    dikonfirmasi            boolean not null default false,
    kali_dibuka_kembali     int not null default 0,
    penilaian               int check (penilaian between 1 and 5),
    terlambat               boolean not null default false,
    tingkat_eskalasi        int not null default 0,
    duplikat_dari           varchar(30),
    jumlah_dukungan         int not null default 0,
    versi                   int not null default 0
);
create index pengaduan_publik_idx on pengaduan.pengaduan (diterima_pada desc) where not rahasia;
create index pengaduan_kategori_idx on pengaduan.pengaduan (kategori_kode, diterima_pada desc);
create index pengaduan_kelurahan_idx on pengaduan.pengaduan (kelurahan_kode, diterima_pada desc);
create index pengaduan_kecamatan_idx on pengaduan.pengaduan (kecamatan_kode, diterima_pada desc);
create index pengaduan_diperbarui_idx on pengaduan.pengaduan (diperbarui_pada);
create index pengaduan_tim_idx on pengaduan.pengaduan (tim_id, tenggat_selesai) where status not in ('DITUTUP','DITOLAK');
create index pengaduan_opd_idx on pengaduan.pengaduan (opd_id, tenggat_selesai) where status not in ('DITUTUP','DITOLAK');
create index pengaduan_lokasi_idx on pengaduan.pengaduan (lat, lon) where status not in ('DITUTUP','DITOLAK','SELESAI');

-- Everything that happened to a report. publik=false rows (internal notes, routing) never leave staff pages.
create table pengaduan.riwayat (
    id              bigserial primary key,
    pengaduan_id    bigint not null references pengaduan.pengaduan(id) on delete cascade,
    waktu           timestamptz not null,
    jenis           varchar(30) not null,
    dari_status     varchar(20),
    ke_status       varchar(20),
    teks            varchar(4000) not null default '',
    publik          boolean not null,
    staf_id         bigint,
    nama_staf       varchar(120)
);
create index riwayat_pengaduan_idx on pengaduan.riwayat (pengaduan_id, id);
create index riwayat_publik_waktu_idx on pengaduan.riwayat (waktu) where publik;

-- Photos live in the database: they commit and back up with their report.
create table pengaduan.foto (
    id              bigserial primary key,
    pengaduan_id    bigint not null references pengaduan.pengaduan(id) on delete cascade,
    riwayat_id      bigint references pengaduan.riwayat(id) on delete cascade,
    bukti           boolean not null default false,
    gambar          bytea not null,
    thumbnail       bytea not null,
    lebar           int not null,
    tinggi          int not null,
    dibuat          timestamptz not null
);
create index foto_pengaduan_idx on pengaduan.foto (pengaduan_id, id);

-- Notifications wait here until a channel has delivered them.
create table pengaduan.kotak_keluar (
    id              bigserial primary key,
    saluran         varchar(20) not null,
    tujuan          varchar(200) not null,
    subjek          varchar(300) not null,
    isi             text not null,
    dibuat          timestamptz not null,
    berikutnya      timestamptz not null,
    percobaan       int not null default 0,
    terkirim        timestamptz,
    galat_terakhir  varchar(500)
);
create index kotak_keluar_antre_idx on pengaduan.kotak_keluar (berikutnya) where terkirim is null;
