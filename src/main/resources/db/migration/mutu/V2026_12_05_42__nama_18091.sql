-- Quadrants 1 and 3 of the self-diagnostic renamed and reordered after the indicator list of the diagnostic
-- the standard grew from ("Agenda desde lo Local", as tabled in UNDP's "A Users' Guide to Measuring Local
-- Governance", 2009, table 20). Quadrants 2 and 4 could not be checked (docs/mutu.md). Titles stay Indonesian
-- renderings, not the licensed text.
update mutu.indikator_18091 i set nama = v.nama
from (values
 ('1.1', 'Pemerintahan yang bertanggung jawab dan bermutu'),
 ('1.2', 'Pemerintahan yang bermitra dan berjejaring dengan daerah dan tingkat pemerintahan lain'),
 ('1.3', 'Sistem kepegawaian yang profesional'),
 ('1.4', 'Pemerintahan yang partisipatif'),
 ('1.5', 'Pemerintahan yang bertanggung jawab secara fiskal'),
 ('1.6', 'Perlindungan sipil dan budaya tanggap bencana'),
 ('1.7', 'Pemerintahan yang terhubung internet'),
 ('1.8', 'Pemerintahan yang taat peraturan'),
 ('1.9', 'Pemerintahan yang menegakkan hukum'),
 ('1.10', 'Pemerintahan yang transparan'),
 ('1.11', 'Keuangan daerah yang sehat'),
 ('1.12', 'Kota yang aman'),
 ('3.1', 'Penyediaan layanan publik dasar'),
 ('3.2', 'Olahraga dan rekreasi'),
 ('3.3', 'Kota inklusif bagi kelompok etnis dan kelompok rentan'),
 ('3.4', 'Kesetaraan gender'),
 ('3.5', 'Perlindungan penduduk berisiko sosial'),
 ('3.6', 'Kota sehat'),
 ('3.7', 'Pendidikan dasar yang bermutu'),
 ('3.8', 'Perumahan yang layak'),
 ('3.9', 'Kewargaan dan partisipasi warga'),
 ('3.10', 'Kebudayaan dan warisan sejarah, arkeologi dan paleontologi'),
 ('3.11', 'Penanggulangan kemiskinan')
) as v (kode, nama)
where i.kode = v.kode;
