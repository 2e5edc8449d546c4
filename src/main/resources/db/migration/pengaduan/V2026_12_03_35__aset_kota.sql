-- A complaint can be about one city asset (a street light, a road segment, a Wi-Fi hotspot): the category
-- names the kind it asks for (reference data), the report stores the kind and the asset's id. The kinds
-- are the pengaduan.JenisAset beans of the modules that keep the registries.
alter table pengaduan.kategori add column aset_jenis varchar(20);
update pengaduan.kategori set aset_jenis = 'pju' where kode = 'lampu-jalan';
update pengaduan.kategori set aset_jenis = 'jalan' where kode = 'jalan-rusak';
update pengaduan.versi_konfigurasi set versi = versi + 1;

alter table pengaduan.pengaduan add column aset_jenis varchar(20), add column aset_id varchar(60),
    add constraint pengaduan_aset_lengkap check ((aset_jenis is null) = (aset_id is null));
create index pengaduan_aset_idx on pengaduan.pengaduan (aset_jenis, aset_id, diterima_pada desc) where aset_id is not null;

-- Public Wi-Fi (module wifi): a hotspot that does not work; the complaint names the hotspot (WIFI-<n>).
insert into pengaduan.kategori (kode, nama, keterangan, kata_kunci, opd_singkatan, sla_hari_kerja, urutan, aset_jenis) values
('wifi-publik', 'Wi-Fi publik mati', 'Titik Wi-Fi gratis kota tidak bisa dipakai', 'wifi,hotspot,internet', 'Dinas Kominfo', 3, 25, 'wifi');
