-- Career history (riwayat), SIASN-style: one row per decree (or diploma, certificate, rating), with
-- its number and date, its TMT, the scan in berkas, and who recorded it when (the data-quality
-- check's timeliness dimension compares dicatat with tmt). One typed table for every kind: the
-- columns a kind does not use stay NULL, the CHECKs say which a kind needs. Codes refer to
-- kepegawaian.referensi (checked by the history register, like the employee's own codes).
CREATE TABLE kepegawaian.riwayat (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pegawai_id       bigint NOT NULL REFERENCES kepegawaian.pegawai (id) ON DELETE CASCADE,
    jenis            text NOT NULL CHECK (jenis IN ('golongan', 'jabatan', 'pendidikan', 'diklat', 'hukuman', 'penghargaan', 'skp')),
    -- TMT of a rank, position or discipline; diploma date; training start; award date; SKP rating date
    tmt              date NOT NULL,
    -- decree, diploma, certificate number and its date; NULL where the record came from before the history
    nomor_sk         text,
    tanggal_sk       date,
    berkas_id        uuid,
    -- golongan
    golongan         text,
    -- jabatan
    jenis_jabatan    text,
    nama_jabatan     text,
    eselon           text,
    opd_id           bigint,
    unor             text,
    -- pendidikan: level, institution, major, titles gained
    pendidikan       text,
    nama_sekolah     text,
    jurusan          text,
    gelar_depan      text,
    gelar_belakang   text,
    -- diklat and penghargaan: its name, who held or gave it; training hours
    nama             text,
    penyelenggara    text,
    jam_pelajaran    integer CHECK (jam_pelajaran > 0),
    -- hukuman: level (reference list), the penalty as decreed, until when; diklat: its end
    tingkat_hukuman  text,
    jenis_hukuman    text,
    tmt_selesai      date CHECK (tmt_selesai >= tmt),
    -- skp
    tahun            integer CHECK (tahun BETWEEN 1950 AND 2200),
    predikat         text,
    dicatat          timestamptz NOT NULL,
    dicatat_oleh     text NOT NULL,
    diubah           timestamptz NOT NULL,
    diubah_oleh      text NOT NULL,
    CHECK (jenis <> 'golongan' OR golongan IS NOT NULL),
    CHECK (jenis <> 'jabatan' OR (jenis_jabatan IS NOT NULL AND nama_jabatan IS NOT NULL AND eselon IS NOT NULL
                                  AND opd_id IS NOT NULL AND unor IS NOT NULL)),
    CHECK (jenis <> 'pendidikan' OR pendidikan IS NOT NULL),
    CHECK (jenis NOT IN ('diklat', 'penghargaan') OR nama IS NOT NULL),
    CHECK (jenis <> 'hukuman' OR (tingkat_hukuman IS NOT NULL AND jenis_hukuman IS NOT NULL)),
    CHECK (jenis <> 'skp' OR (tahun IS NOT NULL AND predikat IS NOT NULL))
);

-- the latest row of a kind per employee (derivation), and the city-wide stream of one kind
CREATE INDEX riwayat_pegawai_jenis ON kepegawaian.riwayat (pegawai_id, jenis, tmt DESC, id DESC);
CREATE INDEX riwayat_jenis ON kepegawaian.riwayat (jenis, pegawai_id, tmt);

INSERT INTO kepegawaian.referensi (jenis, kode, singkatan, nama, nama_en, urutan) VALUES
  -- PP 94/2021: disciplinary penalties by level
  ('tingkat-hukuman', '1', NULL, 'Ringan', 'Light', 1),
  ('tingkat-hukuman', '2', NULL, 'Sedang', 'Moderate', 2),
  ('tingkat-hukuman', '3', NULL, 'Berat', 'Severe', 3),
  -- PermenPANRB 6/2022: the SKP's performance rating
  ('predikat-skp', '5', NULL, 'Sangat baik', 'Outstanding', 1),
  ('predikat-skp', '4', NULL, 'Baik', 'Good', 2),
  ('predikat-skp', '3', NULL, 'Butuh perbaikan', 'Needs improvement', 3),
  ('predikat-skp', '2', NULL, 'Kurang', 'Poor', 4),
  ('predikat-skp', '1', NULL, 'Sangat kurang', 'Very poor', 5),
  -- legal statuses of leaving service (codes to verify against a current SIASN export)
  ('kedudukan-hukum', '96', NULL, 'Meninggal dunia', 'Deceased', 96),
  ('kedudukan-hukum', '97', NULL, 'Pindah ke instansi lain', 'Transferred out', 97),
  ('kedudukan-hukum', '98', NULL, 'Diberhentikan', 'Dismissed', 98)
ON CONFLICT (jenis, kode) DO NOTHING;

-- Which legal statuses mean the employee left the city's service: their account is to be
-- deactivated and their vehicle re-assigned. A list as data, so another status joins by a row.
INSERT INTO kepegawaian.referensi (jenis, kode, singkatan, nama, nama_en, urutan) VALUES
  ('kedudukan-keluar', '96', NULL, 'Meninggal dunia', 'Deceased', 96),
  ('kedudukan-keluar', '97', NULL, 'Pindah ke instansi lain', 'Transferred out', 97),
  ('kedudukan-keluar', '98', NULL, 'Diberhentikan', 'Dismissed', 98),
  ('kedudukan-keluar', '99', NULL, 'Pensiun', 'Retired', 99)
ON CONFLICT (jenis, kode) DO NOTHING;

-- Nothing typed before the history is lost: each record's rank, position and education become its
-- first history rows, recorded when the record was created, with no decree number known.
INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, golongan, dicatat, dicatat_oleh, diubah, diubah_oleh)
SELECT id, 'golongan', tmt_golongan, golongan, dibuat, 'migrasi', dibuat, 'migrasi' FROM kepegawaian.pegawai;

INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, jenis_jabatan, nama_jabatan, eselon, opd_id, unor, dicatat, dicatat_oleh,
                                 diubah, diubah_oleh)
SELECT id, 'jabatan', tmt_jabatan, jenis_jabatan, nama_jabatan, eselon, opd_id, unor, dibuat, 'migrasi', dibuat, 'migrasi'
FROM kepegawaian.pegawai;

-- the diploma date and school are unknown: the first appointment stands in (the diploma came before it)
INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, pendidikan, nama_sekolah, jurusan, dicatat, dicatat_oleh, diubah, diubah_oleh)
SELECT id, 'pendidikan', coalesce(tmt_cpns, tmt_golongan), pendidikan, NULL, jurusan, dibuat, 'migrasi', dibuat, 'migrasi'
FROM kepegawaian.pegawai;
