-- Daily work reports (issue 11): filed by the employee, approved or returned by the direct superior.
-- id_klien is made by the phone for each report: sending it again (a dropped connection) finds the
-- stored one instead of filing twice. revisi counts refilings after a return, for the same reason.
CREATE TABLE kepegawaian.laporan_harian (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_klien           uuid NOT NULL UNIQUE,
    pegawai_id         bigint NOT NULL REFERENCES kepegawaian.pegawai (id),
    opd_id             bigint NOT NULL REFERENCES opd.opd (id),
    tanggal            date NOT NULL,
    jenis              text NOT NULL CHECK (jenis IN ('KEGIATAN', 'KEBERSIHAN')),
    uraian             text NOT NULL CHECK (length(uraian) BETWEEN 1 AND 2000),
    foto               uuid,
    lat                double precision CHECK (lat BETWEEN -90 AND 90),
    lon                double precision CHECK (lon BETWEEN -180 AND 180),
    status             text NOT NULL CHECK (status IN ('DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN')),
    alasan_kembali     text,
    revisi             integer NOT NULL DEFAULT 0,
    penilai_id         bigint REFERENCES kepegawaian.pegawai (id),
    dinilai            timestamptz,
    dikirim            timestamptz NOT NULL,
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK (status <> 'DIKEMBALIKAN' OR alasan_kembali IS NOT NULL)
);
CREATE INDEX laporan_harian_pegawai ON kepegawaian.laporan_harian (pegawai_id, tanggal DESC);
CREATE INDEX laporan_harian_menunggu ON kepegawaian.laporan_harian (opd_id) WHERE status = 'DIAJUKAN';

-- The superior's monthly rating of an employee's work behaviour per BerAKHLAK value (PermenPANRB
-- 6/2022): 1 below, 2 as, 3 above expectation.
CREATE TABLE kepegawaian.penilaian_perilaku (
    pegawai_id   bigint NOT NULL REFERENCES kepegawaian.pegawai (id),
    bulan        date NOT NULL CHECK (extract(day FROM bulan) = 1),
    berorientasi_pelayanan  smallint NOT NULL CHECK (berorientasi_pelayanan BETWEEN 1 AND 3),
    akuntabel               smallint NOT NULL CHECK (akuntabel BETWEEN 1 AND 3),
    kompeten                smallint NOT NULL CHECK (kompeten BETWEEN 1 AND 3),
    harmonis                smallint NOT NULL CHECK (harmonis BETWEEN 1 AND 3),
    loyal                   smallint NOT NULL CHECK (loyal BETWEEN 1 AND 3),
    adaptif                 smallint NOT NULL CHECK (adaptif BETWEEN 1 AND 3),
    kolaboratif             smallint NOT NULL CHECK (kolaboratif BETWEEN 1 AND 3),
    penilai_id   bigint NOT NULL REFERENCES kepegawaian.pegawai (id),
    dinilai      timestamptz NOT NULL,
    PRIMARY KEY (pegawai_id, bulan)
);
