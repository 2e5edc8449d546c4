-- The language the reporter filed in ('en'; null = Indonesian): later messages to the reporter are written in it.
alter table pengaduan.pengaduan add column bahasa_pelapor varchar(20);
