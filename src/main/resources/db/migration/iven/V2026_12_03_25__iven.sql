-- Events in the city's kelurahan (iven): submitted on the staged-application engine, approved by Dinas Pariwisata,
-- published in the calendar and its iCalendar/Atom/JSON feeds.
create schema if not exists iven;

create table iven.acara (
    id bigserial primary key,
    -- the iCalendar UID: stable for the event's life, whatever changes
    uid uuid not null unique,
    judul text not null,
    deskripsi text not null,
    jenis text not null,
    kelurahan_kode text not null,
    tempat text not null,
    lat double precision not null,
    lon double precision not null,
    mulai timestamptz not null,
    selesai timestamptz not null check (selesai > mulai),
    -- RFC 5545 RRULE value (without "RRULE:"), null for a one-off event
    rrule text,
    penyelenggara_jenis text not null,
    penyelenggara text not null,
    -- the organiser's public contact for visitors (an office phone, a community's page); the submitter's
    -- personal data stays with the application in permohonan
    kontak text,
    poster uuid,
    berbayar boolean not null default false,
    harga bigint check (harga >= 0),
    -- the kelurahan's annual Event Kelurahan (the acting mayor's 2023 programme), counted for coverage
    event_kelurahan boolean not null default false,
    status text not null check (status in ('DIAJUKAN', 'DIJADWALKAN', 'DITUNDA', 'DIBATALKAN', 'DITOLAK', 'DITARIK')),
    -- the start before a postponement: kept for the page and schema.org previousStartDate
    mulai_sebelumnya timestamptz,
    -- the iCalendar SEQUENCE: rises with every change subscribers must see
    urutan int not null default 0,
    permohonan_kode text,
    diajukan_oleh text,
    dibuat timestamptz not null default now(),
    diubah timestamptz not null default now()
);

create index acara_mulai on iven.acara (mulai);
create index acara_kelurahan on iven.acara (kelurahan_kode);

-- every change of a published event, in order: what subscribers were told, and by whom
create table iven.riwayat (
    id bigserial primary key,
    acara_id bigint not null references iven.acara (id),
    urutan int not null,
    tindakan text not null,
    mulai timestamptz not null,
    selesai timestamptz not null,
    status text not null,
    catatan text,
    oleh text,
    waktu timestamptz not null default now()
);

create index riwayat_acara on iven.riwayat (acara_id, urutan);
