package id.kotacerdas.kepegawaian.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Keeps the career history and, in the same transaction, the employee's current values derived from
 * it ({@link RiwayatRepository#turunkan}): a rank or position is typed once, as a history row. Only
 * those who keep the records ({@link AksesKepegawaian#bolehMengubah}) write; whoever may see the
 * record reads its history and scans. Every change is audited.
 */
@Service
class RegisterRiwayat {

	/** The decree scans' folder in the file store. */
	static final Pemilik PEMILIK_SK = new Pemilik("kepegawaian", "sk");

	/** Reference lists of the history's own codes (kepegawaian.referensi). */
	static final String TINGKAT_HUKUMAN = "tingkat-hukuman";

	static final String PREDIKAT_SKP = "predikat-skp";

	/** How a PDF starts; anything else is taken for a photo (both are checked properly by the store). */
	private static final byte[] AWAL_PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final RiwayatRepository repo;

	private final RegisterPegawai pegawai;

	private final AksesKepegawaian akses;

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final LayananBerkas berkas;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	RegisterRiwayat(RiwayatRepository repo, RegisterPegawai pegawai, AksesKepegawaian akses, KatalogReferensi referensi, DaftarOpd daftarOpd,
			LayananBerkas berkas, AuditLog audit, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.pegawai = pegawai;
		this.akses = akses;
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.berkas = berkas;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** The history of a record the staff member may see (one they may not is as unknown as a missing one). */
	List<Riwayat> daftar(Staf staf, long pegawaiId) {
		return repo.semua(pegawai.lihat(staf, pegawaiId).id());
	}

	/** A row of a record the staff member may see. */
	Riwayat lihat(Staf staf, long pegawaiId, long riwayatId) {
		pegawai.lihat(staf, pegawaiId);
		return repo.cari(riwayatId)
			.filter(r -> r.pegawaiId() == pegawaiId)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("kepegawaian.riwayat.tidak-ada", riwayatId));
	}

	/** The decree scan, for whoever may see the record; staff data, so no cache rule of its own (no-store applies). */
	ResponseEntity<byte[]> scan(Staf staf, long pegawaiId, long riwayatId) {
		Riwayat r = lihat(staf, pegawaiId, riwayatId);
		if (r.berkasId() == null) {
			throw PermintaanDitolakException.tidakDitemukan("kepegawaian.riwayat.scan-tidak-ada", riwayatId);
		}
		return berkas.baca(r.berkasId()).jawaban(CacheControl.empty());
	}

	/**
	 * Adds ({@code riwayatId} null) or changes a row. Every refusal comes at once, before the scan is
	 * stored; the scan (a PDF, or a photo re-encoded without its metadata) is stored with no
	 * transaction open, then registered with the row, the derived values and the audit record in one.
	 *
	 * @param scan the decree scan's multipart field, or null or empty to keep the one there is
	 */
	Riwayat simpan(Staf staf, long pegawaiId, Long riwayatId, JenisRiwayat jenis, FormulirRiwayat f, MultipartFile scan) {
		pengubah(staf);
		Pegawai p = pegawai.lihat(staf, pegawaiId);
		Riwayat lama = riwayatId == null ? null : lihat(staf, pegawaiId, riwayatId);
		if (lama != null && lama.jenis() != jenis) {
			throw PermintaanDitolakException.tidakDitemukan("kepegawaian.riwayat.tidak-ada", riwayatId);
		}
		periksa(p, jenis, f);
		BerkasBaru baru = simpanScan(scan);
		return tx.execute(status -> {
			if (baru != null) {
				berkas.catat(baru);
			}
			UUID berkasId = baru != null ? baru.berkas().id() : lama == null ? null : lama.berkasId();
			Riwayat data = f.jadi(pegawaiId, jenis, berkasId);
			long id;
			if (lama == null) {
				id = repo.tambah(data, clock.instant(), staf.username());
			}
			else {
				id = lama.id();
				repo.ubah(id, data, clock.instant(), staf.username());
				if (baru != null && lama.berkasId() != null) {
					berkas.hapus(lama.berkasId());
				}
			}
			turunkan(pegawaiId, jenis);
			Riwayat tersimpan = repo.cari(id).orElseThrow();
			audit.catat(lama == null ? "riwayat.dibuat" : "riwayat.diubah", "riwayat", String.valueOf(id), lama, tersimpan);
			return tersimpan;
		});
	}

	/** Deletes a row and its scan; the last rank, position or education row stays (the record is derived from it). */
	@Transactional
	void hapus(Staf staf, long pegawaiId, long riwayatId) {
		pengubah(staf);
		Riwayat r = lihat(staf, pegawaiId, riwayatId);
		if (r.jenis().menurunkan() && repo.jumlah(pegawaiId, r.jenis()) <= 1) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "kepegawaian.riwayat.terakhir");
		}
		repo.hapus(riwayatId);
		if (r.berkasId() != null) {
			berkas.hapus(r.berkasId());
		}
		turunkan(pegawaiId, r.jenis());
		audit.catat("riwayat.dihapus", "riwayat", String.valueOf(riwayatId), r, null);
	}

	private void turunkan(long pegawaiId, JenisRiwayat jenis) {
		if (jenis.menurunkan()) {
			repo.turunkan(pegawaiId, jenis, clock.instant());
		}
	}

	/** Every problem of the form at once, each under its field. */
	private void periksa(Pegawai p, JenisRiwayat jenis, FormulirRiwayat f) {
		var pemeriksa = new IsianDitolakException.Pemeriksa();
		if (f.getTmt() != null && !f.getTmt().isAfter(p.tanggalLahir())) {
			pemeriksa.tolak("tmt", "kepegawaian.tmt.sebelum-lahir");
		}
		if (f.getTmtSelesai() != null && f.getTmt() != null && f.getTmtSelesai().isBefore(f.getTmt())) {
			pemeriksa.tolak("tmtSelesai", "kepegawaian.riwayat.selesai-sebelum-mulai");
		}
		switch (jenis) {
			case GOLONGAN -> {
				wajib(pemeriksa, "nomorSk", f.getNomorSk());
				boolean pns = KatalogReferensi.PNS.equals(p.jenisPegawai());
				ada(pemeriksa, "golongan", pns ? KatalogReferensi.GOLONGAN : KatalogReferensi.GOLONGAN_PPPK, f.getGolongan());
			}
			case JABATAN -> {
				wajib(pemeriksa, "nomorSk", f.getNomorSk());
				wajib(pemeriksa, "namaJabatan", f.getNamaJabatan());
				wajib(pemeriksa, "unor", f.getUnor());
				ada(pemeriksa, "jenisJabatan", KatalogReferensi.JENIS_JABATAN, f.getJenisJabatan());
				ada(pemeriksa, "eselon", KatalogReferensi.ESELON, f.getEselon());
				boolean struktural = KatalogReferensi.STRUKTURAL.equals(f.getJenisJabatan());
				if (f.getEselon() != null && struktural == KatalogReferensi.NON_ESELON.equals(f.getEselon())) {
					pemeriksa.tolak("eselon", struktural ? "kepegawaian.eselon.wajib" : "kepegawaian.eselon.hanya-struktural");
				}
				if (f.getOpdId() == null || daftarOpd.cari(f.getOpdId()).isEmpty()) {
					pemeriksa.tolak("opdId", "kepegawaian.opd-tidak-ada");
				}
			}
			case PENDIDIKAN -> {
				ada(pemeriksa, "pendidikan", KatalogReferensi.PENDIDIKAN, f.getPendidikan());
				wajib(pemeriksa, "namaSekolah", f.getNamaSekolah());
			}
			case DIKLAT, PENGHARGAAN -> wajib(pemeriksa, "nama", f.getNama());
			case HUKUMAN -> {
				wajib(pemeriksa, "nomorSk", f.getNomorSk());
				wajib(pemeriksa, "jenisHukuman", f.getJenisHukuman());
				ada(pemeriksa, "tingkatHukuman", TINGKAT_HUKUMAN, f.getTingkatHukuman());
			}
			case SKP -> {
				ada(pemeriksa, "predikat", PREDIKAT_SKP, f.getPredikat());
				if (f.getTahun() == null) {
					pemeriksa.tolak("tahun", "kepegawaian.riwayat.wajib");
				}
			}
		}
		pemeriksa.lempar();
	}

	private static void wajib(IsianDitolakException.Pemeriksa pemeriksa, String isian, String nilai) {
		if (nilai == null || nilai.isBlank()) {
			pemeriksa.tolak(isian, "kepegawaian.riwayat.wajib");
		}
	}

	private void ada(IsianDitolakException.Pemeriksa pemeriksa, String isian, String jenis, String kode) {
		if (kode == null || referensi.cari(jenis, kode).isEmpty()) {
			pemeriksa.tolak(isian, "kepegawaian.pilihan-tidak-ada");
		}
	}

	/** A PDF (recognised by its first bytes; the store checks it properly) or a photo; null when none was chosen. */
	private BerkasBaru simpanScan(MultipartFile scan) {
		if (scan == null || scan.isEmpty()) {
			return null;
		}
		if (scan.getSize() > berkas.batas().maksUkuran().toBytes()) {
			throw berkas.batas().dokumenTerlaluBesar();
		}
		byte[] isi;
		try {
			isi = scan.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (isi.length >= AWAL_PDF.length && Arrays.equals(isi, 0, AWAL_PDF.length, AWAL_PDF, 0, AWAL_PDF.length)) {
			return berkas.simpanDokumen(PEMILIK_SK, isi);
		}
		return berkas.simpanFoto(PEMILIK_SK, List.of(isi)).get(0);
	}

	private void pengubah(Staf staf) {
		if (!akses.bolehMengubah(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
	}
}
