-- Three years of daily prices: 10 markets x 60 commodities x 1,096 days, one enumerator per market
-- and day (about 657,000 observations), ending today (WITA). Adds 5 markets and 31 commodities to
-- the seeded ones. Run against the application's database after the first start.
\set ON_ERROR_STOP on
\timing on
insert into pasar.pasar (kode, nama, jenis)
select 'bench-pasar-' || g, 'Pasar Uji ' || g, 'TRADISIONAL' from generate_series(1, 10 - (select count(*) from pasar.pasar)) g;
insert into pasar.komoditas (kode, nama, satuan, urutan)
select 'bench-komoditas-' || g, 'Komoditas uji ' || g, 'kg', 1000 + g from generate_series(1, 60 - (select count(*) from pasar.komoditas)) g;
insert into pasar.bobot_indeks (komoditas_id, bobot) select id, 1 from pasar.komoditas on conflict do nothing;

insert into pasar.harga (pasar_id, komoditas_id, tanggal, petugas, harga, asal, ditandai, dibuat, diubah)
select p.id, k.id, d::date, 'bench-' || p.id,
  -- a commodity's level, a slow seasonal wave, a market's premium and daily noise
  greatest(500, round((2000 + (k.id * 7919) % 60000) * (1 + 0.08 * sin(extract(epoch from d) / 86400 / 58.0 + k.id))
    * (1 + 0.01 * (p.id % 5)) * (1 + 0.02 * (random() - 0.5)) / 50) * 50)::bigint,
  case when k.id % 4 = 0 then (array['Rote', 'Sabu', 'Flores', 'Surabaya'])[1 + (p.id % 4)::int] end, false, now(), now()
from pasar.pasar p, pasar.komoditas k,
  generate_series((now() at time zone 'Asia/Makassar')::date - 1095, (now() at time zone 'Asia/Makassar')::date, interval '1 day') d;
-- the daily city averages, as every price write keeps them (RataHarianRepository)
insert into pasar.rata_harian (tanggal, komoditas_id, harga, jumlah_pasar)
select tanggal, komoditas_id, avg(harga), count(*)
from (select tanggal, komoditas_id, avg(harga) as harga from pasar.harga group by tanggal, komoditas_id, pasar_id) per_pasar
group by tanggal, komoditas_id
on conflict (tanggal, komoditas_id) do update set harga = excluded.harga, jumlah_pasar = excluded.jumlah_pasar;
vacuum analyze pasar.harga;
vacuum analyze pasar.rata_harian;
