-- The highest rank a regular promotion (kenaikan pangkat reguler) reaches with a given education,
-- PP 99/2000 jo. PP 12/2002 and Keputusan Kepala BKN 12/2002. Education without a row has no
-- ceiling applied. Another rule (or a city's reading of it) edits rows, not code.
CREATE TABLE kepegawaian.pangkat_maksimal (
    pendidikan  text PRIMARY KEY,
    golongan    text NOT NULL
);

INSERT INTO kepegawaian.pangkat_maksimal (pendidikan, golongan) VALUES
  ('05', '21'),  -- SD: II/a
  ('10', '23'),  -- SLTP: II/c (SLTP kejuruan II/d is not told apart in the education list)
  ('15', '32'),  -- SLTA: III/b
  ('20', '32'),  -- D-I: III/b
  ('25', '32'),  -- D-II: III/b
  ('30', '33'),  -- D-III: III/c
  ('35', '34'),  -- D-IV: III/d
  ('40', '34'),  -- S-1: III/d
  ('45', '41'),  -- S-2: IV/a
  ('50', '42');  -- S-3: IV/b

-- One monthly digest of the calendars per agency: the key makes it once per month, however often
-- the job runs or on how many instances.
CREATE TABLE kepegawaian.ringkasan_kalender (
    opd_id          bigint NOT NULL,
    bulan           date NOT NULL CHECK (extract(day FROM bulan) = 1),
    penerima        text[] NOT NULL,
    jumlah_pangkat  integer NOT NULL,
    jumlah_kgb      integer NOT NULL,
    jumlah_pensiun  integer NOT NULL,
    dibuat          timestamptz NOT NULL,
    PRIMARY KEY (opd_id, bulan)
);
