-- 100,000 applications in one two-step flow (a kelurahan domicile letter), a realistic status mix,
-- two history entries each, codes of the engine's shape (KPG- and five Crockford base-32 characters,
-- a bijection of the row number so they are unique). Run against the application's database after the first start.
\set ON_ERROR_STOP on
\timing on
insert into permohonan.alur (kode, nama, konsumen_modul, batas_hari_kerja) values ('bench.domisili', 'Surat Keterangan Domisili', 'bench', 2);
insert into permohonan.tahap (alur_id, urutan, nama, opd_id, unit, peran, batas_hari_kerja, persyaratan)
select a.id, u.urutan, u.nama, (select min(id) from opd.opd), 'Kelurahan Naikoten II', u.peran, 1, u.syarat
from permohonan.alur a,
  (values (1, 'Verifikasi berkas di front office', null, '{"Foto KTP-el pemohon","Surat pengantar RT/RW"}'::text[]),
          (2, 'Persetujuan dan tanda tangan Lurah', 'ADMIN_OPD', '{}'::text[])) as u(urutan, nama, peran, syarat)
where a.kode = 'bench.domisili';

insert into permohonan.permohonan (kode, alur_id, perihal, nik, nama, email, telepon, token_hash, status, tahap_ke,
  diajukan_pada, mulai_hitung, hari_tahap_terpakai, hari_total_terpakai, tenggat_tahap, selesai_pada, diperbarui_pada)
select 'KPG-' || (select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((g::bigint * 7919) % 33554432 >> (5 * i))::int % 32 + 1, 1), ''
                  order by i desc) from generate_series(0, 4) i),
  a.id, 'Surat keterangan domisili nomor ' || g, '537105410795' || lpad((1 + g % 9999)::text, 4, '0'), 'Pemohon uji ' || g,
  'pemohon' || g || '@contoh.invalid', null, md5(g::text) || md5((g * 7)::text), s.status,
  case when s.status in ('SELESAI') or g % 2 = 0 then 2 else 1 end,
  t.diajukan, case when s.status = 'DIPROSES' then t.diajukan end, 0, g % 4,
  case when s.status = 'DIPROSES' then t.diajukan + interval '2 days' end,
  case when s.status = 'SELESAI' then t.diajukan + make_interval(days => 1 + g % 5) end,
  t.diajukan + interval '1 day'
from generate_series(1, 100000) g
  cross join (select id from permohonan.alur where kode = 'bench.domisili') a
  cross join lateral (select timestamptz '2026-01-01 08:00+08' + (g::float8 / 100000) * interval '330 days' as diajukan) t
  cross join lateral (select (array['DIPROSES','SELESAI','SELESAI','SELESAI','DIKEMBALIKAN','DITOLAK'])[1 + g % 6] as status) s;

insert into permohonan.riwayat (permohonan_id, aksi, tahap_ke, status, waktu)
select id, 'AJUKAN', 1, 'DIPROSES', diajukan_pada from permohonan.permohonan where alur_id = (select id from permohonan.alur where kode = 'bench.domisili');
insert into permohonan.riwayat (permohonan_id, aksi, tahap_ke, status, teks, staf_id, nama_pelaku, waktu)
select id, case status when 'DITOLAK' then 'TOLAK' when 'DIKEMBALIKAN' then 'KEMBALIKAN' else 'SETUJUI' end, tahap_ke, status,
  'Diperiksa petugas', 1, 'Petugas uji', diperbarui_pada
from permohonan.permohonan where alur_id = (select id from permohonan.alur where kode = 'bench.domisili');
vacuum analyze permohonan.permohonan;
vacuum analyze permohonan.riwayat;
