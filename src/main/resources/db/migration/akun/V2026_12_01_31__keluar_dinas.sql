-- Employees who left the city's service (retired, transferred out, dismissed, deceased), by NIP: an
-- active account with this NIP is to be deactivated, and the user list says so (issue 11).
CREATE TABLE akun.keluar_dinas (
    nip      char(18) PRIMARY KEY CHECK (nip ~ '^[0-9]{18}$'),
    sejak    date NOT NULL,
    dicatat  timestamptz NOT NULL DEFAULT now()
);
