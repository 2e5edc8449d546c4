-- SPBE names checked against the indicator lists of SPBE self-assessment tools that other regional governments
-- publish (docs/evaluasi.md names them): aspect 1 is "Kebijakan Internal terkait Tata Kelola SPBE" and indicator 19
-- is about carrying out (pelaksanaan) the coordination team's work, not the team's existence (indicator 10 is its policy).
update evaluasi.indikator_spbe set aspek = 'Kebijakan Internal terkait Tata Kelola SPBE' where aspek = 'Kebijakan Internal Tata Kelola SPBE';
update evaluasi.indikator_spbe set nama = 'Tingkat Kematangan Pelaksanaan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah' where nomor = 19;
