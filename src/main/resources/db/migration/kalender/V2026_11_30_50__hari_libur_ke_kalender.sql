-- The holiday calendar is the city's, not the complaints': it moves from pengaduan to kalender with
-- every row a city has entered.
create schema if not exists kalender;
alter table pengaduan.hari_libur set schema kalender;
