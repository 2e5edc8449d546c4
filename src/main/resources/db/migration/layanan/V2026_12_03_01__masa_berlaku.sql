-- How long a service's product is valid from its issue (masa berlaku), in months; null: no end.
-- Printed on the issued letter and shown on its verification page.
alter table layanan.layanan add column masa_berlaku_bulan int check (masa_berlaku_bulan between 1 and 120);
