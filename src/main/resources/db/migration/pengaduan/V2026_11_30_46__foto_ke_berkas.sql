-- Photos move from bytea columns into the berkas module's store. A row keeps its id (the photo's
-- URL) and names its berkas; rows filed before this are moved in batches by PemindahFotoLama,
-- which empties their bytea columns. Those columns are dropped by a later migration once every
-- installation has moved its photos.
alter table pengaduan.foto
    add column berkas_id uuid references berkas.berkas(id),
    alter column gambar drop not null,
    alter column thumbnail drop not null,
    alter column lebar drop not null,
    alter column tinggi drop not null,
    add constraint foto_berkas_atau_lama check (berkas_id is not null or gambar is not null);
create index foto_belum_pindah_idx on pengaduan.foto (id) where berkas_id is null;
