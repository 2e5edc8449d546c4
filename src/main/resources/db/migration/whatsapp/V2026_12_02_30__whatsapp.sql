create schema if not exists whatsapp;

-- Every inbound message as the webhook delivered it, stored before the webhook answers 200.
-- wamid is unique: the platform retries, and a retry stores nothing twice.
create table whatsapp.pesan_masuk (
  id         bigserial primary key,
  wamid      text not null unique,
  telepon    text not null,
  jenis      text not null,
  isi        jsonb not null,
  waktu      timestamptz not null,   -- the platform's timestamp (the 24-hour window counts from it)
  diterima   timestamptz not null,
  diproses   timestamptz
);
create index pesan_masuk_telepon on whatsapp.pesan_masuk (telepon, waktu desc);

-- One conversation per phone number; the draft lives here between messages and survives restarts.
create table whatsapp.percakapan (
  telepon          text primary key,
  tahap            text not null,
  draf             jsonb,
  sesi             uuid,
  kunci_pengajuan  text,           -- the confirming message's wamid while the report is being filed
  nomor_terakhir   text,           -- the latest report filed from this number
  diperbarui       timestamptz not null
);

-- The chat as it went, inbound and outbound; a session's lines get the report's number once filed.
create table whatsapp.transkrip (
  id       bigserial primary key,
  telepon  text not null,
  sesi     uuid,
  nomor    text,
  masuk    boolean not null,
  teks     text not null,
  waktu    timestamptz not null
);
create index transkrip_sesi on whatsapp.transkrip (sesi);
create index transkrip_nomor on whatsapp.transkrip (nomor, id);

-- Every message sent through the Cloud API, with its delivery statuses from the status webhooks.
create table whatsapp.pesan_keluar (
  id         bigserial primary key,
  wamid      text unique,
  telepon    text not null,
  jenis      text not null,           -- balasan (in the conversation), pemberitahuan, templat
  dikirim    timestamptz not null,
  terkirim   timestamptz,             -- status sent
  sampai     timestamptz,             -- delivered
  dibaca     timestamptz,             -- read
  gagal      timestamptz,             -- failed
  galat      text
);
