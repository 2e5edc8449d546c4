-- The first-response deadline escalates on its own track (agency head, then dispatchers), apart
-- from the resolution deadline's: a report can miss both, and each is worth one escalation.
alter table pengaduan.pengaduan add column eskalasi_respons smallint not null default 0;
create index pengaduan_tenggat_respons_idx on pengaduan.pengaduan (tenggat_respons)
    where direspons_pada is null and status not in ('SELESAI', 'DITUTUP', 'DITOLAK');
