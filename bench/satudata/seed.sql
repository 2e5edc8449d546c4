-- 5,000 published datasets for the package_search benchmark: every agency an organisation, titles and tags from
-- a small Indonesian vocabulary (so words and tags repeat as in a real catalogue), 1 to 3 files each.
\timing on
insert into satudata.organisasi (nama, judul, opd_id)
select 'bench-opd-' || o.id, o.nama, o.id from opd.opd o
on conflict (opd_id) do nothing;

with kata as (
    select array['penduduk','kemiskinan','pendidikan','kesehatan','jalan','air','sampah','pasar','harga','umkm','pariwisata',
                 'anggaran','pajak','retribusi','banjir','listrik','internet','sekolah','puskesmas','perikanan','pertanian',
                 'kelurahan','kecamatan','bulanan','tahunan','layanan','pengaduan','transportasi','lingkungan','energi'] as k,
           array['pelayanan-publik','manajemen-birokrasi','kebijakan-publik','ekosistem-pariwisata','platform-bisnis-daerah',
                 'wajah-kota','ekosistem-industri','kesejahteraan-rakyat','ekosistem-transaksi-keuangan','pola-hidup','kesehatan',
                 'transportasi','komunitas','ekosistem-belajar','sistem-keamanan','proteksi-lingkungan','pengelolaan-sampah',
                 'pengelolaan-energi'] as g
), org as (
    select array_agg(id order by id) as id from satudata.organisasi
)
insert into satudata.dataset (id, nama, judul, catatan, organisasi_id, grup, tag, lisensi, konsep, tingkat_wilayah, kode_wilayah,
    periode, walidata, status, tanggal_rilis, sumber, dibuat, diubah)
select gen_random_uuid(), 'bench-dataset-' || lpad(i::text, 5, '0'),
       initcap(k[1 + i % 30]) || ' ' || k[1 + (i * 7) % 30] || ' ' || k[1 + (i * 13) % 30] || ' Kota Kupang ' || (2015 + i % 11),
       'Data ' || k[1 + (i * 3) % 30] || ' dan ' || k[1 + (i * 11) % 30] || ' per ' || k[1 + (i * 17) % 30] || ' yang dihimpun perangkat daerah.',
       org.id[1 + i % array_length(org.id, 1)], array[g[1 + i % 18]],
       array[k[1 + i % 30], k[1 + (i * 7) % 30], k[1 + (i * 19) % 30]], case when i % 10 = 0 then 'CC0-1.0' else 'CC-BY-4.0' end,
       k[1 + i % 30], 'KABUPATEN_KOTA', '53.71', (array['BULANAN','TRIWULANAN','TAHUNAN'])[1 + i % 3], 'Dinas Kominfo', 'TERBIT',
       now() - make_interval(days => i % 900), 'UNGGAHAN', now() - make_interval(days => i % 900), now() - make_interval(hours => i)
from generate_series(1, 5000) i, kata, org;

insert into satudata.sumber_daya (id, dataset_id, nama, format, jenis_media, alamat, urutan)
select gen_random_uuid(), d.id, d.nama || '.' || lower(f), f, 'application/octet-stream', '/data/' || d.nama || '/unduh.' || lower(f), n
from satudata.dataset d, unnest(array['CSV','XLSX','JSON']) with ordinality as t(f, n)
where d.nama like 'bench-dataset-%' and n <= 1 + (hashtext(d.nama) & 2147483647) % 3;

-- the same search vector the repository keeps (KatalogRepository.PERBARUI_PENCARIAN)
update satudata.dataset d set pencarian =
    setweight(to_tsvector('simple', d.nama || ' ' || d.judul), 'A')
    || setweight(to_tsvector('simple', array_to_string(d.tag, ' ')), 'B')
    || setweight(to_tsvector('simple', o.nama || ' ' || o.judul), 'C')
    || setweight(to_tsvector('simple', d.catatan || ' ' || coalesce(d.konsep, '')), 'D')
from satudata.organisasi o where o.id = d.organisasi_id and d.nama like 'bench-dataset-%';
-- as autovacuum leaves a catalogue: the seed's updates (search vector, formats) leave dead rows a search would read
vacuum analyze satudata.dataset;
vacuum analyze satudata.sumber_daya;
