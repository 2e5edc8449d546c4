create schema if not exists audit;

-- Append-only: the application never updates or deletes rows here.
create table audit.catatan (
    id           bigserial primary key,
    waktu        timestamptz not null default now(),
    aktor        text not null,
    aksi         text not null,
    jenis_objek  text not null,
    id_objek     text not null,
    sebelum      jsonb,
    sesudah      jsonb
);
create index catatan_waktu_idx on audit.catatan (waktu desc);
create index catatan_objek_idx on audit.catatan (jenis_objek, id_objek);
create index catatan_aktor_idx on audit.catatan (aktor);
