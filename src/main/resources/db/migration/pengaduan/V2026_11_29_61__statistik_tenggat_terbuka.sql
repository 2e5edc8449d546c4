-- The statistics now judge open reports too (past a deadline = a failure for the on-time rate):
-- the covering index carries the status and the first-response deadline, so they stay index-only scans.
drop index pengaduan.pengaduan_statistik_idx;
create index pengaduan_statistik_idx on pengaduan.pengaduan (diterima_pada)
    include (opd_id, kategori_kode, kecamatan_kode, kelurahan_kode, status, direspons_pada, selesai_pada, tenggat_respons,
             tenggat_selesai, kali_dibuka_kembali, dikonfirmasi, penilaian);
