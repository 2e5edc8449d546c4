-- SIASN: the bulk import's uploaded sheet between dry run and apply, and the reference snapshots
-- (a SIASN "data utama" export imported by BKPPD) the data-quality check compares against.

-- A sheet checked in a dry run, kept until it is applied (or replaced): the apply reads and checks
-- exactly these bytes again, so what is applied is what was shown.
CREATE TABLE kepegawaian.siasn_unggahan (
    id          uuid PRIMARY KEY,
    nama_berkas text NOT NULL,
    jenis       text NOT NULL CHECK (jenis IN ('xlsx', 'csv')),
    isi         bytea NOT NULL,
    sidik       text NOT NULL,
    oleh        text NOT NULL,
    dibuat      timestamptz NOT NULL,
    diterapkan  timestamptz
);

-- One imported SIASN export, with the date the data is from (the export's date), not only when it
-- was imported. The latest by tanggal_data, then id, is the reference.
CREATE TABLE kepegawaian.siasn_rujukan (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tanggal_data date NOT NULL,
    nama_berkas  text NOT NULL,
    jumlah       integer NOT NULL,
    dilewati     integer NOT NULL,
    oleh         text NOT NULL,
    diimpor      timestamptz NOT NULL
);

-- What SIASN holds per NIP: the same "data utama" as kepegawaian.pegawai, codes resolved to the
-- reference lists where they could be, otherwise the text as exported (so a difference still shows).
CREATE TABLE kepegawaian.siasn_pegawai (
    rujukan_id      bigint NOT NULL REFERENCES kepegawaian.siasn_rujukan (id) ON DELETE CASCADE,
    nip             char(18) NOT NULL,
    nama            text,
    gelar_depan     text,
    gelar_belakang  text,
    tempat_lahir    text,
    tanggal_lahir   date,
    jenis_kelamin   text,
    agama           text,
    nik             text,
    jenis_pegawai   text,
    kedudukan_hukum text,
    tmt_cpns        date,
    tmt_pns         date,
    golongan        text,
    tmt_golongan    date,
    pendidikan      text,
    jenis_jabatan   text,
    nama_jabatan    text,
    tmt_jabatan     date,
    PRIMARY KEY (rujukan_id, nip)
);
