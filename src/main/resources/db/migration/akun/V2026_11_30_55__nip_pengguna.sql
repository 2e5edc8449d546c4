-- The employee a staff account belongs to, by NIP (18 digits, optional): the personnel records
-- link accounts to employees by it, so one NIP names at most one account.
alter table akun.pengguna add column nip char(18) check (nip ~ '^[0-9]{18}$'),
    add constraint pengguna_nip_unik unique (nip);
