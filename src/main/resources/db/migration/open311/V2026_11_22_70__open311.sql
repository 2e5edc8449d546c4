create schema if not exists open311;

-- What an Open311 client sent beyond the report itself: which key filed it (for audit and
-- abuse handling) and the media URL, which the complaint module has no field for.
create table open311.permintaan (
  nomor      text primary key,
  kunci_id   bigint not null,
  media_url  text,
  dibuat     timestamptz not null
);

-- Citizen updates posted through servicerequestupdates; (kunci_id, update_id_klien) makes a
-- client's retry of the same update harmless.
create table open311.pembaruan_warga (
  id               bigserial primary key,
  kunci_id         bigint not null,
  nomor            text not null,
  update_id_klien  text,
  dibuat           timestamptz not null,
  unique (kunci_id, update_id_klien)
);

-- The discovery changeset: when the service list or a definition last changed, found by
-- comparing a fingerprint of what is published.
create table open311.changeset (
  id     int primary key check (id = 1),
  sidik  text not null,
  waktu  timestamptz not null
);
