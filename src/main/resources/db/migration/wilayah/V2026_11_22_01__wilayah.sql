create schema if not exists wilayah;

create table wilayah.kecamatan (
    kode  varchar(20) primary key,
    nama  text not null
);

create table wilayah.kelurahan (
    kode            varchar(20) primary key,
    nama            text not null,
    kodepos         varchar(5),
    kecamatan_kode  varchar(20) not null references wilayah.kecamatan (kode),
    lat             numeric(9, 6) not null,
    lon             numeric(9, 6) not null,
    -- GeoJSON geometry (RFC 7946, lon/lat); the JTS index is built from it at start-up
    batas           jsonb not null
);
