create schema if not exists sms;

-- Every message the SMS gateway delivered, once: the key is a hash of the gateway's message id, or of
-- sender, gateway time and text when it sends none, so a retried callback stores and files nothing twice.
create table sms.pesan_masuk (
    id             bigserial primary key,
    kunci_hash     text not null unique,
    pengirim       text not null,
    teks           text not null,
    waktu_gateway  text,
    diterima_pada  timestamptz not null,
    -- LAPORAN (filed), BANTUAN (format help sent), TANPA_BALASAN (help withheld: not a mobile number or over the daily limit)
    hasil          text not null check (hasil in ('LAPORAN', 'BANTUAN', 'TANPA_BALASAN')),
    alasan         text,
    nomor_laporan  text
);

-- the daily help-reply limit counts one sender's recent help replies
create index pesan_masuk_bantuan_idx on sms.pesan_masuk (pengirim, diterima_pada) where hasil = 'BANTUAN';

-- The short code a citizen types for a complaint category (pengaduan.kategori.kode), and the word the
-- help reply shows beside it. A category without a row here is typed by its own code.
create table sms.kode_kategori (
    kode           varchar(12) primary key,
    kategori_kode  varchar(40) not null unique,
    label          varchar(40) not null
);

insert into sms.kode_kategori (kode, kategori_kode, label) values
('SAM',  'sampah',      'Sampah'),
('LPJ',  'lampu-jalan', 'Lampu jalan'),
('JLN',  'jalan-rusak', 'Jalan rusak'),
('DRN',  'drainase',    'Got/genangan'),
('TIB',  'ketertiban',  'Ketertiban'),
('KBR',  'kebakaran',   'Kebakaran'),
('BCN',  'bencana',     'Bencana'),
('KES',  'kesehatan',   'Kesehatan'),
('KTP',  'adminduk',    'KTP/KK/akta'),
('SKL',  'pendidikan',  'Sekolah'),
('AIR',  'air-bersih',  'Air bersih'),
('LAIN', 'lainnya',     'Lainnya');

-- Names people type for a kelurahan that the parser's normalisation (case, spaces, hyphens, I/II/satu/dua/1/2)
-- does not already equate with its official name: abbreviations and older names. Key: lower-case letters and digits.
create table sms.alias_kelurahan (
    alias          varchar(60) primary key,
    kelurahan_kode varchar(20) not null
);

insert into sms.alias_kelurahan (alias, kelurahan_kode) values
('tdm',        '53.71.04.1014'),  -- Tuak Daun Merah
('llbk',       '53.71.06.1002'),  -- Lai Lai Bisi Kopan
('bakunase1',  '53.71.05.1001'),  -- Bakunase (its neighbour is Bakunase Dua)
('manulai',    '53.71.01.1010'),  -- Manulai II, the city's only Manulai
('penkase',    '53.71.01.1012'),  -- Penkase Oeleta
('oeleta',     '53.71.01.1012');  -- Penkase Oeleta by its second name
