-- The organisation tree of each agency (issue 11): nested work units, the positions in them, and who
-- holds each position when. A position without a current definitive holder is a vacancy; acting
-- holders (Plt/Plh) always have a period. Codes (position type, echelon) are kepegawaian.referensi's.
CREATE TABLE kepegawaian.unit_kerja (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opd_id    bigint NOT NULL REFERENCES opd.opd (id),
    induk_id  bigint REFERENCES kepegawaian.unit_kerja (id),
    nama      text NOT NULL CHECK (length(nama) BETWEEN 1 AND 200),
    UNIQUE (opd_id, nama)
);

CREATE TABLE kepegawaian.jabatan (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opd_id         bigint NOT NULL REFERENCES opd.opd (id),
    unit_id        bigint NOT NULL REFERENCES kepegawaian.unit_kerja (id),
    nama           text NOT NULL CHECK (length(nama) BETWEEN 1 AND 200),
    jenis_jabatan  text NOT NULL,
    eselon         text NOT NULL DEFAULT '99',
    atasan_id      bigint REFERENCES kepegawaian.jabatan (id),
    CHECK (atasan_id IS NULL OR atasan_id <> id)
);
CREATE INDEX jabatan_opd ON kepegawaian.jabatan (opd_id);

-- jenis: DEFINITIF (the holder, open-ended until selesai is set), PLT or PLH (acting, always a period)
CREATE TABLE kepegawaian.pemangku_jabatan (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jabatan_id  bigint NOT NULL REFERENCES kepegawaian.jabatan (id),
    pegawai_id  bigint NOT NULL REFERENCES kepegawaian.pegawai (id),
    jenis       text NOT NULL CHECK (jenis IN ('DEFINITIF', 'PLT', 'PLH')),
    mulai       date NOT NULL,
    selesai     date,
    nomor_sk    text,
    CHECK (selesai IS NULL OR selesai >= mulai),
    CHECK (jenis = 'DEFINITIF' OR selesai IS NOT NULL)
);
CREATE INDEX pemangku_jabatan_jabatan ON kepegawaian.pemangku_jabatan (jabatan_id);
CREATE INDEX pemangku_jabatan_pegawai ON kepegawaian.pemangku_jabatan (pegawai_id);
-- one definitive holder per position, and one definitive position per employee, at a time
CREATE UNIQUE INDEX pemangku_definitif_jabatan ON kepegawaian.pemangku_jabatan (jabatan_id) WHERE jenis = 'DEFINITIF' AND selesai IS NULL;
CREATE UNIQUE INDEX pemangku_definitif_pegawai ON kepegawaian.pemangku_jabatan (pegawai_id) WHERE jenis = 'DEFINITIF' AND selesai IS NULL;
