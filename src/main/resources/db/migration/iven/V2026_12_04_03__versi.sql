-- An approved event's text edited by Dinas Pariwisata: the version before each edit is kept (who replaced it and
-- when); the event's SEQUENCE rises so subscribed calendars take the new text.
create table iven.versi (
    acara_id bigint not null references iven.acara (id),
    -- the SEQUENCE this content had
    urutan int not null,
    judul text not null,
    deskripsi text not null,
    tempat text not null,
    kontak text,
    berbayar boolean not null,
    harga bigint,
    -- who replaced it, and when
    oleh text not null,
    waktu timestamptz not null,
    primary key (acara_id, urutan)
);
