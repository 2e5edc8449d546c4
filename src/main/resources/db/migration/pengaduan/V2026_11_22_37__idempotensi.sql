-- A client that retries a filing (its answer was lost, the database was down) sends the same
-- idempotency key and gets the first filing's answer instead of a duplicate report. Only a hash of
-- the key is stored. The follow-up link of a keyed filing is derived from the key and this salt, so
-- a retry can show the same link although only the link's hash is kept.
alter table pengaduan.pengaduan
    add column idempotensi_hash varchar(64) unique,
    add column idempotensi_garam bytea;
