package id.kotacerdas.pengaduan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Kominfo administrators maintain the categories, their extra questions and the holiday calendar. */
@Service
class AdministrasiPengaduan {

	private final KategoriRepository kategori;

	private final DaftarOpd opd;

	private final AuditLog audit;

	AdministrasiPengaduan(KategoriRepository kategori, DaftarOpd opd, AuditLog audit) {
		this.kategori = kategori;
		this.opd = opd;
		this.audit = audit;
	}

	@Transactional
	void simpanKategori(String kode, String nama, String keterangan, String kataKunci, long opdId, int sla, int urutan,
			boolean aktif) {
		if (kode == null || !kode.matches("[a-z0-9-]{2,40}")) {
			throw new PermintaanDitolakException("admin.kode-tidak-valid");
		}
		if (nama == null || nama.isBlank() || nama.length() > 120) {
			throw new PermintaanDitolakException("admin.nama-wajib");
		}
		if (sla < 1 || sla > 90) {
			throw new PermintaanDitolakException("admin.sla-tidak-valid");
		}
		opd.cari(opdId).orElseThrow(() -> new PermintaanDitolakException("pengaduan.opd-tidak-dikenal"));
		Kategori sebelum = kategori.semua(true).stream().filter(k -> k.kode().equals(kode)).findFirst().orElse(null);
		kategori.simpan(kode, nama.strip(), teks(keterangan, 500), teks(kataKunci, 300), opdId, sla, urutan, aktif);
		audit.catat(sebelum == null ? "kategori.dibuat" : "kategori.diubah", "kategori-pengaduan", kode, sebelum,
				Map.of("nama", nama.strip(), "opdId", opdId, "slaHariKerja", sla, "aktif", aktif));
	}

	/**
	 * @param pilihanBaris one choice per line as {@code kunci=nama}
	 */
	@Transactional
	void simpanPertanyaan(String kategoriKode, String kode, String teks, Pertanyaan.JenisJawaban jenis, boolean wajib, int urutan,
			String pilihanBaris) {
		kategori.semua(true).stream().filter(k -> k.kode().equals(kategoriKode)).findFirst()
			.orElseThrow(() -> new PermintaanDitolakException("pengaduan.kategori-tidak-dikenal"));
		if (kode == null || !kode.matches("[a-z0-9_]{1,40}")) {
			throw new PermintaanDitolakException("admin.kode-tidak-valid");
		}
		if (teks == null || teks.isBlank() || teks.length() > 300) {
			throw new PermintaanDitolakException("admin.nama-wajib");
		}
		List<Pertanyaan.Pilihan> pilihan = new ArrayList<>();
		if (jenis == Pertanyaan.JenisJawaban.PILIHAN_TUNGGAL || jenis == Pertanyaan.JenisJawaban.PILIHAN_GANDA) {
			for (String baris : (pilihanBaris == null ? "" : pilihanBaris).split("\\R")) {
				String[] bagian = baris.split("=", 2);
				if (bagian.length == 2 && !bagian[0].isBlank() && !bagian[1].isBlank()) {
					pilihan.add(new Pertanyaan.Pilihan(bagian[0].strip(), bagian[1].strip()));
				}
				else if (!baris.isBlank()) {
					throw new PermintaanDitolakException("admin.pilihan-tidak-valid", baris);
				}
			}
			if (pilihan.isEmpty()) {
				throw new PermintaanDitolakException("admin.pilihan-wajib");
			}
		}
		Pertanyaan q = new Pertanyaan(kode, teks.strip(), jenis, wajib, urutan, pilihan);
		kategori.simpanPertanyaan(kategoriKode, q);
		audit.catat("kategori.pertanyaan-disimpan", "kategori-pengaduan", kategoriKode, null, q);
	}

	@Transactional
	void hapusPertanyaan(String kategoriKode, String kode) {
		if (kategori.hapusPertanyaan(kategoriKode, kode) == 1) {
			audit.catat("kategori.pertanyaan-dihapus", "kategori-pengaduan", kategoriKode, Map.of("kode", kode), null);
		}
	}

	@Transactional
	void simpanLibur(LocalDate tanggal, String nama, boolean cutiBersama) {
		if (tanggal == null || nama == null || nama.isBlank() || nama.length() > 120) {
			throw new PermintaanDitolakException("admin.nama-wajib");
		}
		KategoriRepository.HariLibur h = new KategoriRepository.HariLibur(tanggal, nama.strip(), cutiBersama);
		kategori.simpanLibur(h);
		audit.catat("hari-libur.disimpan", "hari-libur", tanggal.toString(), null, h);
	}

	@Transactional
	void hapusLibur(LocalDate tanggal) {
		if (kategori.hapusLibur(tanggal) == 1) {
			audit.catat("hari-libur.dihapus", "hari-libur", tanggal.toString(), Map.of("tanggal", tanggal.toString()), null);
		}
	}

	private static String teks(String teks, int maks) {
		String t = teks == null ? "" : teks.strip();
		if (t.length() > maks) {
			throw new PermintaanDitolakException("pengaduan.teks-terlalu-panjang", maks);
		}
		return t;
	}
}
