-- Every edit of categories or their questions raises pengaduan.versi_konfigurasi in its transaction. Each
-- instance keeps the categories in memory (pengaduan.internal.KategoriRepository); this trigger tells all of
-- them through platform.Siaran (LISTEN/NOTIFY on kota_cerdas_siaran, topic pengaduan.konfigurasi) when such a
-- transaction commits, so they drop their copy within milliseconds. The version, read in the same round trip
-- as each group commit's numbers, stays the strict check.
create function pengaduan.siarkan_konfigurasi() returns trigger language plpgsql as $$
begin
	perform pg_notify('kota_cerdas_siaran', 'pengaduan.konfigurasi' || chr(10));
	return null;
end $$;

create trigger versi_konfigurasi_siaran after update on pengaduan.versi_konfigurasi
	for each statement execute function pengaduan.siarkan_konfigurasi();
