-- An ordinary employee's account (Peran.PEGAWAI, issue 11): their own record and daily work reports.
-- It exists for the personnel records, which find it by NIP, so it must carry one.
alter table akun.pengguna drop constraint pengguna_peran_check;
alter table akun.pengguna add constraint pengguna_peran_check
    check (peran in ('ADMIN_KOMINFO', 'ADMIN_OPD', 'PETUGAS_TRC', 'PIMPINAN', 'PEGAWAI'));
alter table akun.pengguna add constraint pengguna_pegawai_nip check (peran <> 'PEGAWAI' or nip is not null);
