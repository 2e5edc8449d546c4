-- 2027: only the national holidays whose date is the same every year. The moving ones (Imlek, Isra
-- Mikraj, Nyepi, Idul Fitri, Paskah, Kenaikan, Waisak, Idul Adha, 1 Muharam, Maulid) and every cuti
-- bersama day come with the SKB 3 Menteri for 2027, which Kominfo enters at /admin/kalender/libur.
-- A date the city already entered keeps its own name.
insert into kalender.hari_libur (tanggal, nama, cuti_bersama) values
('2027-01-01', 'Tahun Baru 2027 Masehi', false),
('2027-05-01', 'Hari Buruh Internasional', false),
('2027-06-01', 'Hari Lahir Pancasila', false),
('2027-08-17', 'Proklamasi Kemerdekaan', false),
('2027-12-25', 'Kelahiran Yesus Kristus', false)
on conflict (tanggal) do nothing;
