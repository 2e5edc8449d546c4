-- What the SLA scheduler looks for every few minutes: open reports by deadline, resolved ones by
-- resolution time. Small partial indexes instead of scanning every report ever filed.
create index pengaduan_tenggat_terbuka_idx on pengaduan.pengaduan (tenggat_selesai)
    where status not in ('SELESAI', 'DITUTUP', 'DITOLAK');
create index pengaduan_selesai_idx on pengaduan.pengaduan (selesai_pada) where status = 'SELESAI';
