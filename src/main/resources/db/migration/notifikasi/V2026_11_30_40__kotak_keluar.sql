-- The outbox moves from pengaduan to the shared notifikasi module, queued messages with it.
create schema if not exists notifikasi;
alter table pengaduan.kotak_keluar set schema notifikasi;

-- A message is now a template key with parameters, rendered in the recipient's language when sent.
alter table notifikasi.kotak_keluar
    add column templat   varchar(200),
    add column parameter jsonb,
    add column bahasa    varchar(20) not null default 'id';
-- Messages queued before the move carry their finished text: a template that prints it as it is.
update notifikasi.kotak_keluar
   set templat = 'notifikasi.teks-jadi',
       parameter = case when terkirim is null
                        then jsonb_build_array(jsonb_build_object('teks', subjek), jsonb_build_object('teks', isi)) end;
alter table notifikasi.kotak_keluar
    alter column templat set not null,
    drop column subjek,
    drop column isi,
    drop column galat_terakhir;

-- The delivery record: every attempt, kept with its message.
create table notifikasi.percobaan (
    id        bigserial primary key,
    pesan_id  bigint not null references notifikasi.kotak_keluar (id) on delete cascade,
    waktu     timestamptz not null,
    saluran   varchar(20) not null,
    berhasil  boolean not null,
    galat     varchar(500)
);
create index percobaan_pesan_idx on notifikasi.percobaan (pesan_id, id);
create index kotak_keluar_tujuan_idx on notifikasi.kotak_keluar (tujuan, saluran);
