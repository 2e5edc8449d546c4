-- The index's results are reused while no price changed: the latest change is read from here
-- (an insert or a correction sets diubah), instead of recomputing a year of prices per request.
CREATE INDEX harga_diubah ON pasar.harga (diubah);
