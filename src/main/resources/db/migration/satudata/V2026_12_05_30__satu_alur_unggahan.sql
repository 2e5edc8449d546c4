-- One publishing workflow: a dataset's state (draft → submitted to walidata → returned with reason / published with
-- release date) lives only in satudata.dataset. satudata.unggahan keeps what only an upload has: its sheet (file,
-- columns, row count), the "counts people or reports" flag and who submitted it, one row per uploaded dataset.

-- every upload's agency as a CKAN organisation (as the catalogue names them: short name slug, unique with the id)
insert into satudata.organisasi (nama, judul, opd_id)
select left(trim(both '-' from regexp_replace(lower(coalesce(o.singkatan, o.nama)), '[^a-z0-9]+', '-', 'g')), 80) || '-' || o.id,
       o.nama, o.id
from opd.opd o
where o.id in (select opd_id from satudata.unggahan)
  and not exists (select 1 from satudata.organisasi g where g.opd_id = o.id);

-- uploads the walidata had not published yet had no catalogue entry: they get one in the state they were in
insert into satudata.dataset (id, nama, judul, catatan, organisasi_id, grup, tag, lisensi, konsep, definisi, klasifikasi, satuan,
    kode_bps, kode_bappenas, tingkat_wilayah, kode_wilayah, periode, jadwal_rilis, walidata, status, catatan_walidata,
    tanggal_rilis, sumber, dibuat, diubah)
select gen_random_uuid(), u.kode, u.judul, u.konsep || ' ' || u.definisi, g.id,
       array[replace(lower(u.tema), '_', '-')], u.kata_kunci, u.lisensi, u.konsep, u.definisi, u.klasifikasi, u.satuan,
       u.kode_bps, u.kode_bappenas, u.tingkat_wilayah,
       (select d.kode_wilayah from satudata.dataset d order by d.dibuat limit 1), u.frekuensi, u.jadwal_rilis,
       coalesce((select d.walidata from satudata.dataset d order by d.dibuat limit 1), 'Dinas Kominfo'),
       case u.status when 'DIAJUKAN' then 'MENUNGGU_WALIDATA' else u.status end,
       u.alasan,
       case when u.status = 'TERBIT' then u.tanggal_rilis::timestamp at time zone 'Asia/Makassar' end,
       'UNGGAHAN', u.dibuat, u.diubah
from satudata.unggahan u
join satudata.organisasi g on g.opd_id = u.opd_id
where not exists (select 1 from satudata.dataset d where d.nama = u.kode);

-- every upload offers its sheet as CSV, XLSX and JSON (the files the portal serves)
insert into satudata.sumber_daya (id, dataset_id, nama, format, jenis_media, alamat, ukuran, berkas_id, urutan, diubah)
select gen_random_uuid(), d.id, u.kode || '.' || lower(f.format), f.format, f.jenis_media, '/data/' || u.kode || '/unduh.' || lower(f.format),
       0, u.berkas_id, f.urutan, u.diubah
from satudata.unggahan u
join satudata.dataset d on d.nama = u.kode
cross join (values ('CSV', 'text/csv', 0), ('XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 1),
                   ('JSON', 'application/json', 2)) as f (format, jenis_media, urutan)
where not exists (select 1 from satudata.sumber_daya s where s.dataset_id = d.id and s.format = f.format);

alter table satudata.unggahan add column dataset_id uuid references satudata.dataset (id) on delete cascade;
update satudata.unggahan u set dataset_id = d.id from satudata.dataset d where d.nama = u.kode;
alter table satudata.unggahan alter column dataset_id set not null;
alter table satudata.unggahan add constraint unggahan_dataset_unik unique (dataset_id);

-- the twin: metadata and state now held by satudata.dataset only
alter table satudata.unggahan
    drop column kode, drop column opd_id, drop column judul, drop column konsep, drop column definisi, drop column klasifikasi,
    drop column satuan, drop column kode_bps, drop column kode_bappenas, drop column tingkat_wilayah, drop column frekuensi,
    drop column jadwal_rilis, drop column lisensi, drop column tema, drop column kata_kunci, drop column status, drop column alasan,
    drop column tanggal_rilis, drop column diperiksa_oleh, drop column versi, drop column diubah;
alter table satudata.unggahan rename column dibuat to diajukan;
