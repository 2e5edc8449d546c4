-- Follow-up by reply, LAPOR!-like: "STATUS KPG-2026-000123", "INFO KPG-… <teks>", "SELESAI KPG-…",
-- "BUKA KPG-… <alasan>", "NILAI KPG-… 5". The first word a citizen types (lower case) and what it does;
-- more words for one command are more rows.
create table sms.kata_perintah (
    kata      varchar(20) primary key check (kata = lower(kata)),
    perintah  text not null check (perintah in ('STATUS', 'INFO', 'SELESAI', 'BUKA', 'NILAI'))
);

insert into sms.kata_perintah (kata, perintah) values
('status',  'STATUS'),
('cek',     'STATUS'),
('info',    'INFO'),
('tambah',  'INFO'),
('selesai', 'SELESAI'),
('buka',    'BUKA'),
('nilai',   'NILAI');

-- a follow-up command is answered (its own reply), never counted as a help reply
alter table sms.pesan_masuk drop constraint pesan_masuk_hasil_check;
alter table sms.pesan_masuk add constraint pesan_masuk_hasil_check
    check (hasil in ('LAPORAN', 'BANTUAN', 'TANPA_BALASAN', 'TINDAK_LANJUT'));
