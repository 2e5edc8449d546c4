-- A category's question that is no longer asked is retired, not forgotten: reports filed while it was asked keep
-- their answers in pengaduan.atribut, and staff still read them under the question's own words.
create table pengaduan.pertanyaan_pensiun (
    kategori_kode   varchar(40) not null references pengaduan.kategori(kode) on delete cascade,
    kode            varchar(40) not null,
    teks            varchar(300) not null,
    jenis           varchar(20) not null,
    pilihan         jsonb not null default '[]',
    pensiun_pada    timestamptz not null default now(),
    primary key (kategori_kode, kode)
);

-- "Lampu jalan": the pole's number is now the complaint's asset (pengaduan.aset_id, picked or scanned from the
-- pole's sticker); the free-text question it supersedes is retired. A new category version for every instance.
insert into pengaduan.pertanyaan_pensiun (kategori_kode, kode, teks, jenis, pilihan)
select kategori_kode, kode, teks, jenis, pilihan from pengaduan.pertanyaan where kategori_kode = 'lampu-jalan' and kode = 'nomor_tiang';
delete from pengaduan.pertanyaan where kategori_kode = 'lampu-jalan' and kode = 'nomor_tiang';
update pengaduan.pertanyaan set urutan = 1 where kategori_kode = 'lampu-jalan' and kode = 'jumlah';
update pengaduan.versi_konfigurasi set versi = versi + 1;
