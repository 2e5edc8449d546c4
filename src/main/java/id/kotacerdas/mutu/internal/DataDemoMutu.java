package id.kotacerdas.mutu.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import id.kotacerdas.mutu.internal.Mutu.Sertifikasi;
import id.kotacerdas.mutu.internal.Mutu.StatusSertifikasi;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;

/**
 * {@code --demo}: the six agencies of the masterplan's ISO 9001 programme (Dukcapil, Dinkes, Dikbud, DPMPTSP,
 * RSUD S.K. Lerik, BKPPD) with an illustrative certification status — not their real certificates —, and Dukcapil's
 * records: SOPs, an audit with one late and one done corrective action, a management review, and part of its
 * ISO 18091 grid for this year. Entered through the same rules as the pages.
 */
@Component
@Profile("demo")
class DataDemoMutu {

	private static final Logger log = LoggerFactory.getLogger(DataDemoMutu.class);

	private record Status(String singkatan, StatusSertifikasi status, String nomor, int tahunBerlaku, String ruangLingkup) {
	}

	private static final List<Status> ENAM = List.of(
			new Status("Dukcapil", StatusSertifikasi.TERSERTIFIKASI, "017/SMM/2025", 2028, "Pelayanan pendaftaran penduduk dan pencatatan sipil"),
			new Status("DPMPTSP", StatusSertifikasi.TERSERTIFIKASI, "022/SMM/2025", 2028, "Pelayanan perizinan dan nonperizinan di Mal Pelayanan Publik"),
			new Status("RSUD S.K. Lerik", StatusSertifikasi.TERSERTIFIKASI, "009/SMM/2024", 2027, "Pelayanan rawat jalan, rawat inap dan penunjang medik"),
			new Status("Dinkes", StatusSertifikasi.PERSIAPAN, null, 0, "Pelayanan perizinan fasilitas kesehatan"),
			new Status("Dikbud", StatusSertifikasi.PERSIAPAN, null, 0, "Pelayanan administrasi pendidikan"),
			new Status("BKPPD", StatusSertifikasi.PERSIAPAN, null, 0, "Pelayanan administrasi kepegawaian"));

	private final RegisterMutu register;

	private final MutuRepository repo;

	private final DaftarOpd daftarOpd;

	private final AkunStaf akun;

	DataDemoMutu(RegisterMutu register, MutuRepository repo, DaftarOpd daftarOpd, AkunStaf akun) {
		this.register = register;
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.akun = akun;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(261)
	public void isi() {
		if (!repo.sertifikasi().isEmpty()) {
			return;
		}
		Staf kominfo = akun.adminKominfo().stream().findFirst().orElse(null);
		if (kominfo == null) {
			log.warn("Demo: no Kominfo administrator, no quality records");
			return;
		}
		SebagaiStaf.jalankan(kominfo, () -> {
			for (Status s : ENAM) {
				daftarOpd.cariSingkatan(s.singkatan()).ifPresent(o -> register.simpanSertifikasi(kominfo, new Sertifikasi(o.id(), s.status(),
						s.nomor() == null ? null : "Lembaga sertifikasi terakreditasi KAN", s.nomor(),
						s.nomor() == null ? null : LocalDate.of(s.tahunBerlaku(), 9, 30), s.ruangLingkup())));
			}
			daftarOpd.cariSingkatan("Dukcapil").ifPresent(o -> dukcapil(kominfo, o));
		});
		log.info("Demo: ISO 9001 status of {} agencies, Dukcapil's quality records", ENAM.size());
	}

	private void dukcapil(Staf kominfo, Opd o) {
		LocalDate hari = register.hariIni();
		register.tambahDokumen(kominfo, o.id(), Map.of("kode", "SOP-DKP-01", "judul", "Penerbitan Kartu Keluarga", "revisi", "2", "berlakuMulai",
				hari.minusMonths(8).toString()), PdfContoh.halaman("SOP Penerbitan Kartu Keluarga, revisi 2"));
		register.tambahDokumen(kominfo, o.id(), Map.of("kode", "SOP-DKP-02", "judul", "Penerbitan Akta Kelahiran", "revisi", "1", "berlakuMulai",
				hari.minusMonths(14).toString()), PdfContoh.halaman("SOP Penerbitan Akta Kelahiran, revisi 1"));
		LocalDate audit = hari.minusDays(60);
		long temuan = register.tambahTemuan(kominfo, o.id(), Map.of("tanggalAudit", audit.toString(), "klausul", "7.5.3", "kategori", "MINOR",
				"uraian", "Dua formulir permohonan di loket memakai revisi lama; daftar induk dokumen belum diperbarui."));
		register.tambahTindakan(kominfo, temuan, Map.of("uraianTindakan", "Tarik formulir revisi lama dan perbarui daftar induk dokumen.",
				"penanggungJawab", "Kepala Subbagian Umum", "batas", hari.minusDays(10).toString()));
		long selesai = register.tambahTindakan(kominfo, temuan, Map.of("uraianTindakan", "Sosialisasi pengendalian dokumen kepada petugas loket.",
				"penanggungJawab", "Koordinator Loket", "batas", hari.minusDays(30).toString()));
		register.selesaikan(kominfo, selesai);
		register.tambahTemuan(kominfo, o.id(), Map.of("tanggalAudit", audit.toString(), "klausul", "9.1.2", "kategori", "OBSERVASI",
				"uraian", "Hasil survei kepuasan masyarakat belum dibahas dalam rapat bulanan."));
		register.tambahTinjauan(kominfo, o.id(), Map.of("tanggal", hari.minusDays(45).toString(), "masukan",
				"Hasil audit internal, IKM triwulan lalu (A), pengaduan layanan, status tindakan korektif.", "keluaran",
				"Penambahan satu loket akta kelahiran; pelatihan pengendalian dokumen; target IKM 85."), PdfContoh.halaman("Notulen tinjauan manajemen Dukcapil"));
		Map<String, String> warna = new HashMap<>();
		Map<String, String> catatan = new HashMap<>();
		String[] kode = { "1.1", "1.3", "1.6", "1.7", "3.1", "3.5", "4.3" };
		String[] nilai = { "HIJAU", "KUNING", "HIJAU", "HIJAU", "KUNING", "MERAH", "TIDAK_DIUKUR" };
		for (int i = 0; i < kode.length; i++) {
			warna.put(kode[i], nilai[i]);
		}
		catatan.put("3.5", "Belum ada data terpilah menurut jenis kelamin untuk layanan akta.");
		register.simpanDiagnosis(kominfo, o.id(), hari.getYear(), warna, catatan);
	}
}
