package id.kotacerdas.pengaduan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Kominfo administrators maintain the categories and their extra questions. */
@Service
class AdministrasiPengaduan {

	private static final int PANJANG_NAMA = 120;

	private static final int PANJANG_TEKS = 300;

	private static final int PANJANG_KETERANGAN = 500;

	private static final int PANJANG_KATA_KUNCI = 300;

	private static final int SLA_MAKS = 90;

	private final KategoriRepository kategori;

	private final DaftarOpd opd;

	private final AuditLog audit;

	AdministrasiPengaduan(KategoriRepository kategori, DaftarOpd opd, AuditLog audit) {
		this.kategori = kategori;
		this.opd = opd;
		this.audit = audit;
	}

	@Transactional
	void simpanKategori(String kode, String nama, String keterangan, String kataKunci, Long opdId, Integer sla, int urutan,
			boolean aktif) {
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (kode == null || !kode.matches("[a-z0-9-]{2,40}")) {
			periksa.tolak("kode", "admin.kode-tidak-valid");
		}
		if (nama == null || nama.isBlank() || nama.length() > PANJANG_NAMA) {
			periksa.tolak("nama", "admin.kategori.nama-wajib", PANJANG_NAMA);
		}
		String ket = teks(keterangan, PANJANG_KETERANGAN, "keterangan", periksa);
		String kunci = teks(kataKunci, PANJANG_KATA_KUNCI, "kataKunci", periksa);
		if (opdId == null || opd.cari(opdId).isEmpty()) {
			periksa.tolak("opdId", "admin.instansi-wajib");
		}
		if (sla == null || sla < 1 || sla > SLA_MAKS) {
			periksa.tolak("slaHariKerja", "admin.sla-tidak-valid");
		}
		periksa.lempar();
		Kategori sebelum = kategori.semua(true).stream().filter(k -> k.kode().equals(kode)).findFirst().orElse(null);
		kategori.simpan(kode, nama.strip(), ket, kunci, opdId, sla, urutan, aktif);
		kategori.diubah();
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
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.kategori-tidak-dikenal"));
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (kode == null || !kode.matches("[a-z0-9_]{1,40}")) {
			periksa.tolak("kodePertanyaan", "admin.kode-tidak-valid");
		}
		if (teks == null || teks.isBlank() || teks.length() > PANJANG_TEKS) {
			periksa.tolak("teks", "admin.teks-wajib", PANJANG_TEKS);
		}
		if (jenis == null) {
			periksa.tolak("jenis", "admin.jenis-wajib");
		}
		List<Pertanyaan.Pilihan> pilihan = new ArrayList<>();
		if (jenis == Pertanyaan.JenisJawaban.PILIHAN_TUNGGAL || jenis == Pertanyaan.JenisJawaban.PILIHAN_GANDA) {
			for (String baris : (pilihanBaris == null ? "" : pilihanBaris).split("\\R")) {
				String[] bagian = baris.split("=", 2);
				if (bagian.length == 2 && !bagian[0].isBlank() && !bagian[1].isBlank()) {
					pilihan.add(new Pertanyaan.Pilihan(bagian[0].strip(), bagian[1].strip()));
				}
				else if (!baris.isBlank() && periksa.sah("pilihan")) {
					periksa.tolak("pilihan", "admin.pilihan-tidak-valid", baris);
				}
			}
			if (pilihan.isEmpty() && periksa.sah("pilihan")) {
				periksa.tolak("pilihan", "admin.pilihan-wajib");
			}
		}
		periksa.lempar();
		Pertanyaan q = new Pertanyaan(kode, teks.strip(), jenis, wajib, urutan, pilihan);
		kategori.simpanPertanyaan(kategoriKode, q);
		kategori.diubah();
		audit.catat("kategori.pertanyaan-disimpan", "kategori-pengaduan", kategoriKode, null, q);
	}

	@Transactional
	void hapusPertanyaan(String kategoriKode, String kode) {
		if (kategori.hapusPertanyaan(kategoriKode, kode) == 1) {
			kategori.diubah();
			audit.catat("kategori.pertanyaan-dihapus", "kategori-pengaduan", kategoriKode, Map.of("kode", kode), null);
		}
	}

	private static String teks(String teks, int maks, String kolom, IsianDitolakException.Pemeriksa periksa) {
		String t = teks == null ? "" : teks.strip();
		if (t.length() > maks) {
			periksa.tolak(kolom, "pengaduan.teks-terlalu-panjang", maks);
		}
		return t;
	}
}
