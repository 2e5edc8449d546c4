-- Compliance reports read completed applications by the day they were completed.
create index permohonan_selesai on permohonan.permohonan (selesai_pada) where status = 'SELESAI';
