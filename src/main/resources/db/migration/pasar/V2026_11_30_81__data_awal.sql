-- Reference data to start from; all of it is data the market agency edits.
--
-- Commodities: Bank Indonesia PIHPS's 21 variants of 10 commodities, then Kupang's own inflation
-- drivers (lokal). The PIHPS, Bapanas and SP2KP ids are left empty: they are to be filled from the
-- lists themselves, not guessed. MinyaKita (the government's packaged cooking oil) is added for
-- its HET; it is not one of the PIHPS variants.
INSERT INTO pasar.komoditas (kode, nama, varian, satuan, lokal, urutan) VALUES
    ('beras-bawah-1',          'Beras',              'kualitas bawah I',         'kg',    false, 10),
    ('beras-bawah-2',          'Beras',              'kualitas bawah II',        'kg',    false, 11),
    ('beras-medium-1',         'Beras',              'kualitas medium I',        'kg',    false, 12),
    ('beras-medium-2',         'Beras',              'kualitas medium II',       'kg',    false, 13),
    ('beras-super-1',          'Beras',              'kualitas super I',         'kg',    false, 14),
    ('beras-super-2',          'Beras',              'kualitas super II',        'kg',    false, 15),
    ('daging-ayam-ras',        'Daging ayam ras',    'segar',                    'kg',    false, 20),
    ('daging-sapi-1',          'Daging sapi',        'kualitas 1',               'kg',    false, 30),
    ('daging-sapi-2',          'Daging sapi',        'kualitas 2',               'kg',    false, 31),
    ('telur-ayam-ras',         'Telur ayam ras',     'segar',                    'kg',    false, 40),
    ('bawang-merah',           'Bawang merah',       'ukuran sedang',            'kg',    false, 50),
    ('bawang-putih',           'Bawang putih',       'ukuran sedang',            'kg',    false, 51),
    ('cabai-merah-besar',      'Cabai merah',        'besar',                    'kg',    false, 60),
    ('cabai-merah-keriting',   'Cabai merah',        'keriting',                 'kg',    false, 61),
    ('cabai-rawit-hijau',      'Cabai rawit',        'hijau',                    'kg',    false, 62),
    ('cabai-rawit-merah',      'Cabai rawit',        'merah',                    'kg',    false, 63),
    ('minyak-goreng-curah',    'Minyak goreng',      'curah',                    'liter', false, 70),
    ('minyak-goreng-kemasan-1','Minyak goreng',      'kemasan bermerek 1',       'liter', false, 71),
    ('minyak-goreng-kemasan-2','Minyak goreng',      'kemasan bermerek 2',       'liter', false, 72),
    ('gula-pasir-premium',     'Gula pasir',         'kualitas premium',         'kg',    false, 80),
    ('gula-pasir-lokal',       'Gula pasir',         'lokal',                    'kg',    false, 81),
    ('minyakita',              'Minyak goreng',      'MinyaKita',                'liter', false, 73),
    ('telur-ayam-ras-rak',     'Telur ayam ras',     'per rak',                  'rak',   true,  41),
    ('kangkung',               'Kangkung',           NULL,                       'ikat',  true,  90),
    ('bunga-pepaya',           'Bunga pepaya',       NULL,                       'ikat',  true,  91),
    ('bayam',                  'Bayam',              NULL,                       'ikat',  true,  92),
    ('tomat',                  'Tomat',              NULL,                       'kg',    true,  93),
    ('ikan-tongkol',           'Ikan tongkol',       NULL,                       'kg',    true,  100),
    ('ikan-kembung',           'Ikan kembung',       NULL,                       'kg',    true,  101);

-- A rak holds 30 eggs; about 16 eggs weigh a kilogram (the usual trade rule, editable).
INSERT INTO pasar.konversi (komoditas_id, dari, ke, faktor)
SELECT id, 'rak', 'butir', 30 FROM pasar.komoditas WHERE kode = 'telur-ayam-ras-rak'
UNION ALL
SELECT id, 'butir', 'kg', 0.0625 FROM pasar.komoditas WHERE kode = 'telur-ayam-ras-rak';

-- Kupang's main markets. Coordinates are APPROXIMATE (placed by hand near the market, not
-- surveyed) and the kelurahan is the one the market is known to lie in; the agency corrects both.
INSERT INTO pasar.pasar (kode, nama, kelurahan_kode, lat, lon, jenis) VALUES
    ('naikoten', 'Pasar Kasih Naikoten (Inpres Naikoten)', '53.71.05.1004', -10.1785, 123.6005, 'TRADISIONAL'),
    ('oeba',     'Pasar Oeba',                             '53.71.06.1008', -10.1575, 123.5905, 'TRADISIONAL'),
    ('oebobo',   'Pasar Oebobo',                           '53.71.04.1001', -10.1670, 123.6045, 'TRADISIONAL'),
    ('kuanino',  'Pasar Kuanino',                          '53.71.05.1006', -10.1712, 123.5925, 'TRADISIONAL'),
    ('oesapa',   'Pasar Oesapa',                           '53.71.03.1010', -10.1470, 123.6520, 'TRADISIONAL');

-- Ceiling prices. Rice: Peraturan Badan Pangan Nasional No. 5 Tahun 2024, zona 2 (which includes
-- NTT), from 1 June 2024: medium Rp13.100/kg, premium Rp15.400/kg; PIHPS's medium and super
-- qualities are taken as Bapanas's medium and premium. MinyaKita: Permendag No. 18 Tahun 2024,
-- Rp15.700/litre, in force since August 2024 (entered from the first of that month). Later changes are entered by the agency as new periods.
INSERT INTO pasar.harga_acuan (komoditas_id, jenis, harga, berlaku_dari, dasar)
SELECT id, 'HET', 13100, DATE '2024-06-01', 'perbadan No. 5 Tahun 2024, zona 2'
FROM pasar.komoditas WHERE kode IN ('beras-medium-1', 'beras-medium-2')
UNION ALL
SELECT id, 'HET', 15400, DATE '2024-06-01', 'perbadan No. 5 Tahun 2024, zona 2'
FROM pasar.komoditas WHERE kode IN ('beras-super-1', 'beras-super-2')
UNION ALL
SELECT id, 'HET', 15700, DATE '2024-08-01', 'permendag No. 18 Tahun 2024'
FROM pasar.komoditas WHERE kode = 'minyakita';
