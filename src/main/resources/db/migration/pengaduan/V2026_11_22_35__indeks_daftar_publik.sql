-- The public list filters by any mix of category, kecamatan, kelurahan, status and period, newest
-- first, and counts up to 1,001 matches. One partial index per leading filter (confidential
-- reports are never listed), each carrying the other filter columns: the count and the choice of
-- the page's ids then run as index-only scans, whichever filters are combined; before, a filter
-- the index did not lead with (status above all) meant reading thousands of report rows.
drop index pengaduan.pengaduan_publik_idx;
drop index pengaduan.pengaduan_kategori_idx;
drop index pengaduan.pengaduan_kelurahan_idx;
drop index pengaduan.pengaduan_kecamatan_idx;
create index pengaduan_publik_idx on pengaduan.pengaduan (diterima_pada desc, id desc)
    include (kategori_kode, kecamatan_kode, kelurahan_kode, status) where not rahasia;
create index pengaduan_publik_kategori_idx on pengaduan.pengaduan (kategori_kode, diterima_pada desc, id desc)
    include (kecamatan_kode, kelurahan_kode, status) where not rahasia;
create index pengaduan_publik_kecamatan_idx on pengaduan.pengaduan (kecamatan_kode, diterima_pada desc, id desc)
    include (kategori_kode, kelurahan_kode, status) where not rahasia;
create index pengaduan_publik_kelurahan_idx on pengaduan.pengaduan (kelurahan_kode, diterima_pada desc, id desc)
    include (kategori_kode, status) where not rahasia;
create index pengaduan_publik_status_idx on pengaduan.pengaduan (status, diterima_pada desc, id desc)
    include (kategori_kode, kecamatan_kode, kelurahan_kode) where not rahasia;
