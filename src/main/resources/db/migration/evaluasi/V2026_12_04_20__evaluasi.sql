-- Evaluation bundles (docs/evaluasi.md): the SPBE self-assessment and the uploaded form layouts.
create schema if not exists evaluasi;

-- The 47 SPBE indicators of PermenPANRB 59/2020 (Lampiran: domains → aspects → indicators).
create table evaluasi.indikator_spbe (
    nomor smallint primary key,
    domain text not null,
    aspek text not null,
    nama text not null
);

-- Kominfo's assessment of one indicator for one year: a maturity level 0–5 with its explanation.
create table evaluasi.penilaian_spbe (
    tahun smallint not null,
    nomor smallint not null references evaluasi.indikator_spbe,
    tingkat smallint not null check (tingkat between 0 and 5),
    penjelasan text not null,
    diisi_oleh text not null,
    diisi_pada timestamptz not null,
    primary key (tahun, nomor)
);

-- Its evidence (bukti dukung): files in berkas, with the name the assessor gave them.
create table evaluasi.bukti_spbe (
    tahun smallint not null,
    nomor smallint not null,
    berkas uuid not null,
    nama text not null,
    primary key (tahun, nomor, berkas),
    foreign key (tahun, nomor) references evaluasi.penilaian_spbe on delete cascade
);

-- A form's layout for a year uploaded by Kominfo (YAML); without one the shipped layout of the nearest earlier year is used.
create table evaluasi.tata_letak (
    kode text not null,
    tahun smallint not null,
    isi text not null,
    diunggah_oleh text not null,
    diunggah_pada timestamptz not null,
    primary key (kode, tahun)
);

insert into evaluasi.indikator_spbe (nomor, domain, aspek, nama) values
 (1, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah'),
 (2, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah'),
 (3, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Manajemen Data'),
 (4, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Pembangunan Aplikasi SPBE'),
 (5, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Layanan Pusat Data'),
 (6, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah'),
 (7, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah'),
 (8, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Manajemen Keamanan Informasi'),
 (9, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Audit Teknologi Informasi dan Komunikasi'),
 (10, 'Kebijakan Internal SPBE', 'Kebijakan Internal Tata Kelola SPBE', 'Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah'),
 (11, 'Tata Kelola SPBE', 'Perencanaan Strategis SPBE', 'Tingkat Kematangan Arsitektur SPBE Instansi Pusat/Pemerintah Daerah'),
 (12, 'Tata Kelola SPBE', 'Perencanaan Strategis SPBE', 'Tingkat Kematangan Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah'),
 (13, 'Tata Kelola SPBE', 'Perencanaan Strategis SPBE', 'Tingkat Kematangan Keterpaduan Rencana dan Anggaran SPBE'),
 (14, 'Tata Kelola SPBE', 'Perencanaan Strategis SPBE', 'Tingkat Kematangan Inovasi Proses Bisnis SPBE'),
 (15, 'Tata Kelola SPBE', 'Teknologi Informasi dan Komunikasi', 'Tingkat Kematangan Pembangunan Aplikasi SPBE'),
 (16, 'Tata Kelola SPBE', 'Teknologi Informasi dan Komunikasi', 'Tingkat Kematangan Layanan Pusat Data'),
 (17, 'Tata Kelola SPBE', 'Teknologi Informasi dan Komunikasi', 'Tingkat Kematangan Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah'),
 (18, 'Tata Kelola SPBE', 'Teknologi Informasi dan Komunikasi', 'Tingkat Kematangan Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah'),
 (19, 'Tata Kelola SPBE', 'Penyelenggara SPBE', 'Tingkat Kematangan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah'),
 (20, 'Tata Kelola SPBE', 'Penyelenggara SPBE', 'Tingkat Kematangan Kolaborasi Penerapan SPBE'),
 (21, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Manajemen Risiko SPBE'),
 (22, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Manajemen Keamanan Informasi'),
 (23, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Manajemen Data'),
 (24, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Manajemen Aset Teknologi Informasi dan Komunikasi'),
 (25, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Kompetensi Sumber Daya Manusia'),
 (26, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Manajemen Pengetahuan'),
 (27, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Manajemen Perubahan'),
 (28, 'Manajemen SPBE', 'Penerapan Manajemen SPBE', 'Tingkat Kematangan Penerapan Manajemen Layanan SPBE'),
 (29, 'Manajemen SPBE', 'Audit Teknologi Informasi dan Komunikasi', 'Tingkat Kematangan Pelaksanaan Audit Infrastruktur SPBE'),
 (30, 'Manajemen SPBE', 'Audit Teknologi Informasi dan Komunikasi', 'Tingkat Kematangan Pelaksanaan Audit Aplikasi SPBE'),
 (31, 'Manajemen SPBE', 'Audit Teknologi Informasi dan Komunikasi', 'Tingkat Kematangan Pelaksanaan Audit Keamanan SPBE'),
 (32, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Perencanaan'),
 (33, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Penganggaran'),
 (34, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Keuangan'),
 (35, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Pengadaan Barang dan Jasa'),
 (36, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Kepegawaian'),
 (37, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Kearsipan Dinamis'),
 (38, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Pengelolaan Barang Milik Negara/Daerah'),
 (39, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Pengawasan Internal Pemerintah'),
 (40, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Akuntabilitas Kinerja Organisasi'),
 (41, 'Layanan SPBE', 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 'Tingkat Kematangan Layanan Kinerja Pegawai'),
 (42, 'Layanan SPBE', 'Layanan Publik Berbasis Elektronik', 'Tingkat Kematangan Layanan Pengaduan Pelayanan Publik'),
 (43, 'Layanan SPBE', 'Layanan Publik Berbasis Elektronik', 'Tingkat Kematangan Layanan Data Terbuka'),
 (44, 'Layanan SPBE', 'Layanan Publik Berbasis Elektronik', 'Tingkat Kematangan Layanan Jaringan Dokumentasi dan Informasi Hukum'),
 (45, 'Layanan SPBE', 'Layanan Publik Berbasis Elektronik', 'Tingkat Kematangan Layanan Publik Sektor 1'),
 (46, 'Layanan SPBE', 'Layanan Publik Berbasis Elektronik', 'Tingkat Kematangan Layanan Publik Sektor 2'),
 (47, 'Layanan SPBE', 'Layanan Publik Berbasis Elektronik', 'Tingkat Kematangan Layanan Publik Sektor 3');
