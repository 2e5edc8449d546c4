-- Tracking numbers from a sequence: nextval never waits, whereas the per-year counter row was
-- locked from the number until the commit and so queued every concurrent filing behind the
-- previous one's fsync. The counter no longer restarts each year; the year in the number stays
-- informative and numbers stay unique.
create sequence pengaduan.nomor_seq;
select setval('pengaduan.nomor_seq', coalesce((select max(terakhir) from pengaduan.nomor_urut), 0) + 1, false);
drop table pengaduan.nomor_urut;

-- Every instance caches the categories and the holiday calendar; an administrator's edit raises
-- this version in its own transaction, and each filing reads it with its number (same round trip),
-- so a cache older than the last committed edit is never used.
create table pengaduan.versi_konfigurasi (
    satu boolean primary key default true check (satu),
    versi bigint not null
);
insert into pengaduan.versi_konfigurasi (satu, versi) values (true, 1);
