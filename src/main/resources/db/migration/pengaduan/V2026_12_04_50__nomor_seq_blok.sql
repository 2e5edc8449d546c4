-- Each connection takes tracking-number values from the sequence in blocks of 50 held in its session:
-- the group-commit writer fetches a batch's numbers without touching the sequence's page for each one.
-- A block unused when its connection closes is a gap in the counter (see docs/pengaduan.md, "Intake path").
alter sequence pengaduan.nomor_seq cache 50;
