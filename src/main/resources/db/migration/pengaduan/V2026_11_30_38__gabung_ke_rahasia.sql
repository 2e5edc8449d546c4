-- Reports merged into a confidential report before this fix printed that report's number on their
-- public history, notes and feeds. The merge entry becomes staff-only and the public rejection note
-- no longer names the number, as merges do from now on (Pengaduan.gabungKe).
update pengaduan.riwayat r
   set publik = false
  from pengaduan.pengaduan induk
 where r.jenis = 'DIGABUNG' and r.publik and r.teks = induk.nomor and induk.rahasia;

update pengaduan.riwayat r
   set teks = 'duplikat dari laporan lain'
  from pengaduan.pengaduan p, pengaduan.pengaduan induk
 where r.pengaduan_id = p.id and p.duplikat_dari = induk.nomor and induk.rahasia
   and r.jenis = 'STATUS' and r.ke_status = 'DITOLAK' and r.teks = 'duplikat ' || induk.nomor;
