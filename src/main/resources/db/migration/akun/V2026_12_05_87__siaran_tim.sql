-- Every instance keeps the teams in memory (akun.internal.TimTerkini) to route each complaint without a round
-- trip. Any change of the table, by the application or by hand (psql, a script, a test), tells every instance
-- through platform.Siaran (LISTEN/NOTIFY on kota_cerdas_siaran, topic akun.tim) when its transaction commits.
create function akun.siarkan_tim() returns trigger language plpgsql as $$
begin
	perform pg_notify('kota_cerdas_siaran', 'akun.tim' || chr(10));
	return null;
end $$;

create trigger tim_siaran after insert or update or delete or truncate on akun.tim
	for each statement execute function akun.siarkan_tim();
