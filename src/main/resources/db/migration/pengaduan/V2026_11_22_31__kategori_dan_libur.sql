-- Kupang defaults. "lainnya" goes to Kominfo, the city's dispatcher.
insert into pengaduan.kategori (kode, nama, keterangan, kata_kunci, opd_singkatan, sla_hari_kerja, urutan) values
('sampah',        'Sampah',                         'Sampah menumpuk, tidak diangkut, pembuangan liar',       'sampah,kebersihan,TPS',        'DLHK',          3, 10),
('lampu-jalan',   'Lampu jalan',                    'Lampu penerangan jalan mati atau rusak',                  'lampu,PJU,penerangan',         'Dishub',        5, 20),
('jalan-rusak',   'Jalan rusak',                    'Jalan berlubang, retak, atau rusak',                      'jalan,lubang,aspal',           'PUPR',         10, 30),
('drainase',      'Drainase dan genangan',          'Saluran tersumbat, banjir, genangan',                     'drainase,got,banjir',          'PUPR',          7, 40),
('ketertiban',    'Ketertiban dan keamanan',        'Gangguan ketertiban umum, PKL, bangunan liar',            'ketertiban,keamanan,PKL',      'Satpol PP',     3, 50),
('kebakaran',     'Kebakaran',                      'Bahaya atau sisa kebakaran (darurat: telepon 113)',       'kebakaran,api,hidran',         'Disdamkar',     1, 60),
('bencana',       'Bencana',                        'Longsor, pohon tumbang, angin kencang, banjir besar',     'bencana,longsor,pohon',        'BPBD',          2, 70),
('kesehatan',     'Kesehatan dan puskesmas',        'Layanan puskesmas, sarang nyamuk, kesehatan lingkungan',  'kesehatan,puskesmas,DBD',      'Dinkes',        5, 80),
('adminduk',      'Administrasi kependudukan',      'KTP-el, kartu keluarga, akta, pindah datang',             'KTP,KK,akta,dukcapil',         'Dukcapil',      5, 90),
('pendidikan',    'Pendidikan',                     'Sekolah, PPDB, fasilitas pendidikan',                     'sekolah,PPDB,guru',            'Dikbud',       10, 100),
('air-bersih',    'Air bersih dan permukiman',      'Air bersih, sanitasi, rumah tidak layak huni',            'air,sanitasi,permukiman',      'PRKP',          7, 110),
('lainnya',       'Lainnya',                        'Hal lain; petugas Kominfo meneruskan ke instansi yang tepat', 'lainnya',                  'Dinas Kominfo', 5, 900);

insert into pengaduan.pertanyaan (kategori_kode, kode, teks, jenis, wajib, urutan, pilihan) values
('sampah',      'volume',      'Perkiraan banyaknya sampah',         'PILIHAN_TUNGGAL', false, 1,
  '[{"kunci":"sedikit","nama":"Sedikit (satu kantong)"},{"kunci":"sedang","nama":"Sedang (satu gerobak)"},{"kunci":"banyak","nama":"Banyak (satu truk atau lebih)"}]'),
('lampu-jalan', 'nomor_tiang', 'Nomor tiang lampu (bila terlihat)',  'TEKS',            false, 1, '[]'),
('lampu-jalan', 'jumlah',      'Jumlah lampu yang mati',             'ANGKA',           false, 2, '[]'),
('jalan-rusak', 'ukuran',      'Perkiraan panjang kerusakan (meter)','ANGKA',           false, 1, '[]'),
('jalan-rusak', 'bahaya',      'Bahaya yang ditimbulkan',            'PILIHAN_GANDA',   false, 2,
  '[{"kunci":"motor","nama":"Membahayakan pengendara motor"},{"kunci":"pejalan","nama":"Membahayakan pejalan kaki"},{"kunci":"macet","nama":"Menyebabkan kemacetan"}]'),
('kesehatan',   'fasilitas',   'Nama puskesmas atau fasilitas',      'TEKS',            false, 1, '[]'),
('adminduk',    'tanggal_urus','Tanggal mulai mengurus',             'TANGGAL',         false, 1, '[]');

-- SKB 3 Menteri (Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025) for 2026.
insert into pengaduan.hari_libur (tanggal, nama, cuti_bersama) values
('2026-01-01', 'Tahun Baru 2026 Masehi', false),
('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', false),
('2026-02-16', 'Cuti bersama Tahun Baru Imlek', true),
('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', false),
('2026-03-18', 'Cuti bersama Hari Suci Nyepi', true),
('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', false),
('2026-03-20', 'Cuti bersama Idul Fitri 1447 H', true),
('2026-03-21', 'Idul Fitri 1447 H', false),
('2026-03-22', 'Idul Fitri 1447 H', false),
('2026-03-23', 'Cuti bersama Idul Fitri 1447 H', true),
('2026-03-24', 'Cuti bersama Idul Fitri 1447 H', true),
('2026-04-03', 'Wafat Yesus Kristus', false),
('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', false),
('2026-05-01', 'Hari Buruh Internasional', false),
('2026-05-14', 'Kenaikan Yesus Kristus', false),
('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', true),
('2026-05-27', 'Idul Adha 1447 H', false),
('2026-05-28', 'Cuti bersama Idul Adha 1447 H', true),
('2026-05-31', 'Hari Raya Waisak 2570 BE', false),
('2026-06-01', 'Hari Lahir Pancasila', false),
('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H', false),
('2026-08-17', 'Proklamasi Kemerdekaan', false),
('2026-08-25', 'Maulid Nabi Muhammad SAW', false),
('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', true),
('2026-12-25', 'Kelahiran Yesus Kristus', false);
