-- Vehicle holders who left the city's service, by NIP (issue 11): a vehicle whose holder has this
-- NIP is to be re-assigned, and the register says so until the holder changes.
CREATE TABLE armada.pemegang_keluar (
    nip      char(18) PRIMARY KEY CHECK (nip ~ '^[0-9]{18}$'),
    sejak    date NOT NULL,
    dicatat  timestamptz NOT NULL DEFAULT now()
);
