-- 1,000,000 reports spread over 2025-2026, all categories and kelurahan, a realistic status mix,
-- two history entries each. Run against the application's database after the first start.
\set ON_ERROR_STOP on
\timing on
create temporary table kel as
  select row_number() over (order by kode) as n, kode, kecamatan_kode, lat, lon from wilayah.kelurahan;
create temporary table kat as
  select row_number() over (order by kode) as n, kode, opd_id, sla_hari_kerja from pengaduan.kategori;

insert into pengaduan.pengaduan (nomor, kategori_kode, deskripsi, lat, lon, alamat, kelurahan_kode, kecamatan_kode, opd_id,
  status, anonim, rahasia, token_hash, saluran, diterima_pada, diperbarui_pada, tenggat_respons, tenggat_selesai,
  direspons_pada, selesai_pada, ditutup_pada, dikonfirmasi, kali_dibuka_kembali, penilaian)
select 'BEN-2025-' || lpad(g::text, 7, '0'), kat.kode, 'Laporan uji beban nomor ' || g,
  kel.lat + (random() - 0.5) * 0.01, kel.lon + (random() - 0.5) * 0.01, 'Jl. Uji ' || (g % 500), kel.kode, kel.kecamatan_kode,
  kat.opd_id, s.status, g % 10 = 0, g % 20 = 0, md5(g::text) || md5((g * 7)::text), 'web', t.diterima, t.diterima + interval '3 days',
  t.diterima + interval '1 day', t.diterima + make_interval(days => kat.sla_hari_kerja + 2),
  case when s.status <> 'BARU' then t.diterima + make_interval(hours => 1 + (g % 47)) end,
  case when s.status in ('SELESAI', 'DITUTUP') then t.diterima + make_interval(hours => 4 + (g % 300)) end,
  case when s.status in ('DITUTUP', 'DITOLAK') then t.diterima + make_interval(hours => 5 + (g % 400)) end,
  s.status = 'DITUTUP' and g % 3 = 0, case when g % 17 = 0 then 1 else 0 end,
  case when s.status = 'DITUTUP' and g % 2 = 0 then 1 + (g % 5) end
from generate_series(1, 1000000) g
  join kel on kel.n = 1 + (g::bigint * 7919) % (select count(*) from kel)
  join kat on kat.n = 1 + (g::bigint * 104729) % (select count(*) from kat)
  cross join lateral (select timestamptz '2025-01-01 00:00+08' + (g::float8 / 1000000) * interval '690 days' as diterima) t
  cross join lateral (select (array['BARU','DIVERIFIKASI','DIPROSES','SELESAI','DITUTUP','DITUTUP','DITUTUP','DITOLAK'])[1 + g % 8] as status) s;

insert into pengaduan.riwayat (pengaduan_id, waktu, jenis, dari_status, ke_status, teks, publik)
select id, diterima_pada, 'DITERIMA', null, 'BARU', '', true from pengaduan.pengaduan where nomor like 'BEN-%';
insert into pengaduan.riwayat (pengaduan_id, waktu, jenis, dari_status, ke_status, teks, publik, staf_id, nama_staf)
select id, diperbarui_pada, 'STATUS', 'BARU', status, 'Ditindaklanjuti petugas', true, 1, 'Petugas uji'
from pengaduan.pengaduan where nomor like 'BEN-%' and status <> 'BARU';
vacuum analyze pengaduan.pengaduan;
vacuum analyze pengaduan.riwayat;
