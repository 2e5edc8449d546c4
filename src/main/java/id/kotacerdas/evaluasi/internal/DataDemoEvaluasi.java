package id.kotacerdas.evaluasi.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.SebagaiStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.PdfContoh;

/**
 * {@code --demo}: Kominfo's SPBE self-assessment of this year for a handful of indicators, each with a one-page
 * evidence PDF, entered through the same rules as the page; the rest stay "not assessed".
 */
@Component
@Profile("demo")
class DataDemoEvaluasi {

	private static final Logger log = LoggerFactory.getLogger(DataDemoEvaluasi.class);

	private record Contoh(int nomor, int tingkat, String penjelasan, String bukti) {
	}

	private static final List<Contoh> CONTOH = List.of(
			new Contoh(1, 3, "Perwali Kota Kupang tentang Arsitektur SPBE ditetapkan dan dipakai sebagai acuan seluruh perangkat daerah.",
					"Perwali Arsitektur SPBE Kota Kupang"),
			new Contoh(10, 3, "Tim Koordinasi SPBE ditetapkan dengan Keputusan Wali Kota; rapat berkala dua kali setahun.",
					"SK Tim Koordinasi SPBE"),
			new Contoh(16, 2, "Pusat data pemerintah kota di Dinas Kominfo melayani aplikasi perangkat daerah; belum ada rencana pemulihan bencana.",
					"Daftar layanan pusat data Dinas Kominfo"),
			new Contoh(42, 4, "Pengaduan warga diterima lewat web, WhatsApp, SMS dan Open311, dirutekan ke tim TRC dengan batas waktu kerja.",
					"Laporan bulanan pengaduan TRC"),
			new Contoh(43, 3, "Data terbuka modul (pengaduan, harga pasar, UMKM) diterbitkan otomatis dan diperbarui sesuai jadwal.",
					"Daftar set data terbuka"),
			new Contoh(14, 0, "Belum ada inovasi proses bisnis yang didokumentasikan tahun ini.", null));

	private final PenilaianSpbe penilaian;

	private final SpbeRepository repo;

	private final AkunStaf akun;

	DataDemoEvaluasi(PenilaianSpbe penilaian, SpbeRepository repo, AkunStaf akun) {
		this.penilaian = penilaian;
		this.repo = repo;
		this.akun = akun;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(260)
	public void isi() {
		int tahun = penilaian.tahunIni();
		if (!repo.penilaian(tahun).isEmpty()) {
			return;
		}
		Staf kominfo = akun.adminKominfo().stream().findFirst().orElse(null);
		if (kominfo == null) {
			log.warn("Demo: no Kominfo administrator, no SPBE assessment");
			return;
		}
		SebagaiStaf.jalankan(kominfo, () -> {
			for (Contoh c : CONTOH) {
				List<PenilaianSpbe.Unggahan> bukti = c.bukti() == null ? List.of()
						: List.of(new PenilaianSpbe.Unggahan(c.bukti() + ".pdf", PdfContoh.halaman(c.bukti())));
				penilaian.nilai(kominfo, tahun, c.nomor(), String.valueOf(c.tingkat()), c.penjelasan(), bukti);
			}
		});
		log.info("Demo: SPBE self-assessment {} for {} indicators", tahun, CONTOH.size());
	}
}
