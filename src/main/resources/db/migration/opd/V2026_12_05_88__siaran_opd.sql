-- Modules that keep agency names in memory (the complaint categories' read model) hear of every change of the
-- table, by the application or by hand, through platform.Siaran (LISTEN/NOTIFY on kota_cerdas_siaran, topic
-- opd.opd, id.kotacerdas.opd.DaftarOpd.SIARAN) when its transaction commits.
create function opd.siarkan_opd() returns trigger language plpgsql as $$
begin
	perform pg_notify('kota_cerdas_siaran', 'opd.opd' || chr(10));
	return null;
end $$;

create trigger opd_siaran after insert or update or delete or truncate on opd.opd
	for each statement execute function opd.siarkan_opd();
