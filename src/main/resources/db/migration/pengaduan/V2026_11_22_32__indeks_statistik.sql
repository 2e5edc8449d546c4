-- Statistics read only these columns: a covering index lets them run as index-only scans
-- instead of reading every wide report row (descriptions, addresses).
create index pengaduan_statistik_idx on pengaduan.pengaduan (diterima_pada)
    include (opd_id, kategori_kode, kecamatan_kode, kelurahan_kode, direspons_pada, selesai_pada, tenggat_selesai,
             kali_dibuka_kembali, dikonfirmasi, penilaian);
