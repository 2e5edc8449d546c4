-- STNK and vehicle-tax reminders, each stage (30 and 7 days before, on the day) once per due date.
CREATE TABLE armada.pengingat (
    kendaraan_id  bigint NOT NULL REFERENCES armada.kendaraan (id),
    jenis         text NOT NULL CHECK (jenis IN ('STNK', 'PAJAK')),
    jatuh_tempo   date NOT NULL,
    hari_sebelum  integer NOT NULL CHECK (hari_sebelum IN (30, 7, 0)),
    tanggal       date NOT NULL,
    penerima      text[] NOT NULL,
    dibuat        timestamptz NOT NULL,
    PRIMARY KEY (kendaraan_id, jenis, jatuh_tempo, hari_sebelum)
);
CREATE INDEX pengingat_tanggal ON armada.pengingat (tanggal);
