-- Odometer and receipt photos move into the berkas module's store, re-encoded without their
-- metadata (EXIF GPS). Rows stored before this are moved in batches by PemindahFotoBbmLama, which
-- empties `isi`; the column is dropped by a later migration once every installation has moved.
alter table armada.foto_bbm
    add column berkas_id uuid references berkas.berkas(id),
    alter column isi drop not null,
    alter column tipe_isi drop not null,
    add constraint foto_bbm_berkas_atau_lama check (berkas_id is not null or isi is not null);
create index foto_bbm_belum_pindah_idx on armada.foto_bbm (pembelian_id) where berkas_id is null;
