-- Street lights (penerangan jalan umum, PJU): the pole registry, every status a pole had and who said so
-- (a complaint, a night patrol, staff, later a TALQ controller), night patrols and their marks, and
-- uploaded registry sheets waiting for confirmation.
create schema if not exists pju;

create table pju.tiang (
    -- as painted on the pole and printed on its sticker, e.g. PJU-ELT-014
    kode              varchar(40) primary key,
    lat               double precision not null,
    lon               double precision not null,
    -- from the point (wilayah), so outage rates group by kelurahan
    kelurahan_kode    varchar(20),
    -- the road segment (module jalan) it stands along
    ruas_kode         varchar(40),
    tinggi_m          int not null check (tinggi_m in (5, 7, 9)),
    jenis_lampu       varchar(20) not null,
    daya_watt         int not null check (daya_watt between 1 and 2000),
    -- the owning agency (Dishub or PUPR in Kupang)
    opd_id            bigint not null,
    -- PLN connection: metered, or flat-rate (abonemen) billed by the lamps' watts
    sambungan         varchar(10) not null,
    tanggal_pasang    date,
    kontrak           varchar(200),
    usulan_musrenbang varchar(200),
    status            varchar(10) not null,
    status_sejak      timestamptz not null,
    status_sumber     varchar(12) not null,
    -- the open complaint the status follows until it is resolved with evidence
    pengaduan_nomor   varchar(30),
    -- the controller's id for the luminaire once a TALQ central management system reports it
    talq_id           varchar(200) unique,
    diperbarui        timestamptz not null,
    versi             int not null default 0
);
create index tiang_kelurahan_idx on pju.tiang (kelurahan_kode);
create index tiang_ruas_idx on pju.tiang (ruas_kode);
create index tiang_status_idx on pju.tiang (status) where status <> 'NYALA';

-- every status report about a pole; berubah marks those that changed its status (outages, fixes)
create table pju.peristiwa (
    id          bigserial primary key,
    tiang_kode  varchar(40) not null references pju.tiang (kode) on delete cascade,
    waktu       timestamptz not null,
    status      varchar(10) not null,
    sumber      varchar(12) not null,
    berubah     boolean not null,
    -- the complaint number or the patrol mark's id
    rujukan     varchar(60),
    oleh        varchar(120)
);
create index peristiwa_tiang_idx on pju.peristiwa (tiang_kode, waktu);
create index peristiwa_berubah_idx on pju.peristiwa (waktu) where berubah;

create table pju.patroli (
    id            uuid primary key,
    staf_id       bigint not null,
    nama_staf     varchar(120) not null,
    kelurahan_kode varchar(20),
    mulai         timestamptz not null
);

-- one row per tap; the id is made by the phone, so a mark sent again after a dropped connection is stored once
create table pju.tanda (
    id          uuid primary key,
    patroli_id  uuid not null references pju.patroli (id),
    tiang_kode  varchar(40) not null references pju.tiang (kode) on delete cascade,
    status      varchar(10) not null,
    waktu       timestamptz not null,
    diterima    timestamptz not null
);
create index tanda_patroli_idx on pju.tanda (patroli_id);

-- an uploaded registry sheet between its dry run and its confirmation
create table pju.impor (
    id       uuid primary key,
    staf_id  bigint not null,
    isi      bytea not null,
    dibuat   timestamptz not null
);
