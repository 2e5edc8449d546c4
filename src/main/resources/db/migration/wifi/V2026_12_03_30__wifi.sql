-- Public Wi-Fi: the registry of hotspots, their health (heartbeats and probes) and their use.
create schema if not exists wifi;

create table wifi.hotspot (
    id bigserial primary key,
    nama text not null,
    jenis_tempat text not null check (jenis_tempat in ('KANTOR_KELURAHAN', 'KANTOR_CAMAT', 'TAMAN', 'PANTAI', 'PASAR', 'RUMAH_IBADAH',
        'RUMAH_SAKIT', 'TERMINAL', 'SEKOLAH', 'LAINNYA')),
    kelurahan_kode text not null,
    lat double precision not null check (lat between -90 and 90),
    lon double precision not null check (lon between -180 and 180),
    isp text not null,
    ssid text not null,
    bandwidth_mbps int not null check (bandwidth_mbps > 0),
    -- whole rupiah a month
    biaya_bulanan bigint not null check (biaya_bulanan >= 0),
    -- opening hours: ISO day numbers (1 = Monday) it opens on, and the hours (both null: around the clock)
    hari_buka text not null check (hari_buka ~ '^[1-7]{1,7}$'),
    jam_buka time,
    jam_tutup time,
    check ((jam_buka is null) = (jam_tutup is null)),
    status text not null check (status in ('AKTIF', 'GANGGUAN', 'NONAKTIF')),
    -- the configured public-service place it serves (kc.wifi.tempat-layanan); a kantor kelurahan serves its own
    tempat_layanan text,
    -- the router's NAS-Identifier in RADIUS accounting and captive-portal exports (matches imported sessions)
    nas_id text unique,
    -- active probing: tcp://host:port or http(s)://address; null = heartbeats only
    alamat_probe text,
    -- SHA-256 of the heartbeat token (the token itself is shown once)
    token_hash text unique,
    -- since when its health is measured (first token or probe address); uptime counts from here
    dipantau_sejak timestamptz,
    -- when the alert for the current outage went out (once per outage)
    peringatan_mati timestamptz,
    dibuat timestamptz not null default now(),
    diubah timestamptz not null default now()
);

create index on wifi.hotspot (kelurahan_kode);

-- One row per hotspot and time slot (kc.wifi.slot) in which it was seen alive; a second sign of life in the same slot changes nothing.
create table wifi.detak (
    hotspot_id bigint not null references wifi.hotspot (id) on delete cascade,
    slot timestamptz not null,
    sumber text not null check (sumber in ('DETAK', 'PROBE')),
    primary key (hotspot_id, slot)
);

-- Captive-portal sessions from RADIUS accounting / openNDS / CoovaChilli exports: no user name, MAC or IP is kept.
create table wifi.sesi (
    hotspot_id bigint not null references wifi.hotspot (id) on delete cascade,
    id_sesi text not null,
    mulai timestamptz not null,
    durasi_detik bigint not null check (durasi_detik >= 0),
    oktet bigint not null check (oktet >= 0),
    primary key (hotspot_id, id_sesi)
);

create index on wifi.sesi (hotspot_id, mulai);
