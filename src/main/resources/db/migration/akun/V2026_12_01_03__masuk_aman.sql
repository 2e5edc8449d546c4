-- Raised when an account's password is reset or it is deactivated: sessions signed in under an
-- older value end at their next request (the version travels with the session's principal).
alter table akun.pengguna add column versi_sesi int not null default 0;

-- The fixed lock on the account (which any stranger could trigger) gives way to throttling per
-- (username, client address) and, with a much higher ceiling, per username (alamat = '').
alter table akun.pengguna drop column gagal_masuk, drop column terkunci_sampai;

-- An attempt is reserved (tertunda + 1) before its password is checked, so parallel guesses can
-- never run more checks than the limit; a failure turns the reservation into gagal, a success
-- clears the row. Reaching the limit pauses the key until blokir_sampai, twice as long each time.
create table akun.percobaan_masuk (
    username       varchar(100) not null,
    alamat         varchar(64) not null,
    tertunda       int not null default 0,
    gagal          int not null default 0,
    tingkat        int not null default 0,
    blokir_sampai  timestamptz,
    diperbarui     timestamptz not null,
    primary key (username, alamat)
);
create index percobaan_masuk_diperbarui_idx on akun.percobaan_masuk (diperbarui);
