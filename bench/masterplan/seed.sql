-- Eight years (2019–2026) of values for every indicator of the register as seeded at start-up: a live snapshot per
-- year with a row for each of the city's agencies (as Hasil.perOpd gives them) and, for the complaint figures (the
-- ones with a per-kelurahan breakdown), a row for each kelurahan, and for each entered indicator a verified value per year. The dashboard reads only these tables; the modules' own records are not read by it.
\timing on
insert into masterplan.cuplikan (indikator_id, tahun, angka, pembilang, penyebut, jumlah_catatan, sumber_modul, dihitung_pada)
select i.id, y, round((50 + random() * 50)::numeric, 1), (random() * 900)::bigint, 1000, 1000 + (random() * 50000)::bigint,
       split_part(i.kode_sumber, '.', 1), make_timestamptz(y + 1, 1, 5, 8, 0, 0, 'Asia/Makassar')
from masterplan.indikator i, generate_series(2019, 2026) y
where i.jenis_nilai = 'LANGSUNG'
on conflict (indikator_id, tahun) do nothing;

insert into masterplan.cuplikan_opd (indikator_id, tahun, opd_id, opd, angka, pembilang, penyebut, jumlah_catatan)
select c.indikator_id, c.tahun, o.id, coalesce(nullif(o.singkatan, ''), o.nama), round((40 + random() * 60)::numeric, 1),
       (random() * 90)::bigint, 100, 100 + (random() * 2000)::bigint
from masterplan.cuplikan c, opd.opd o
on conflict do nothing;

insert into masterplan.cuplikan_kelurahan (indikator_id, tahun, kelurahan, kecamatan, angka, pembilang, penyebut, jumlah_catatan)
select c.indikator_id, c.tahun, k.nama, kc.nama, round((40 + random() * 60)::numeric, 1), (random() * 40)::bigint, 40, 40 + (random() * 400)::bigint
from masterplan.cuplikan c join masterplan.indikator i on i.id = c.indikator_id, wilayah.kelurahan k join wilayah.kecamatan kc on kc.kode = k.kecamatan_kode
where i.kode_sumber like 'pengaduan.%'
on conflict do nothing;

insert into masterplan.nilai_isian (indikator_id, tahun, angka, tanggal_bukti, berkas_id, catatan, status, permohonan_kode, diajukan_oleh,
    diajukan_pada, diverifikasi_oleh, diverifikasi_pada)
select i.id, y, (y - 2018), make_date(y, 11, 20), gen_random_uuid(), 'bench', 'TERVERIFIKASI', 'BENCH-' || i.id || '-' || y, 'bench',
       make_timestamptz(y, 11, 21, 9, 0, 0, 'Asia/Makassar'), 1, make_timestamptz(y, 11, 25, 9, 0, 0, 'Asia/Makassar')
from masterplan.indikator i, generate_series(2019, 2026) y
where i.jenis_nilai = 'ISIAN';
