package id.kotacerdas.umkm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A business's products (price range, photo) and certificates (number, validity, scan), kept by staff — products also
 * by the owner through the private link; audited.
 */
@Service
class KatalogUmkm {

	static final Pemilik FOTO_PRODUK = new Pemilik("umkm", "produk");

	static final Pemilik DOKUMEN = new Pemilik("umkm", "sertifikat");

	private final RegisterUmkm register;

	private final UsahaRepository repo;

	private final LayananBerkas berkas;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	KatalogUmkm(RegisterUmkm register, UsahaRepository repo, LayananBerkas berkas, AuditLog audit, TransactionTemplate tx) {
		this.register = register;
		this.repo = repo;
		this.berkas = berkas;
		this.audit = audit;
		this.tx = tx;
	}

	/** The verifying agency, and the staff member who entered the business for its owner. */
	boolean bolehMengubah(Staf staf, Usaha u) {
		return register.bolehMemverifikasi(staf) || (staf.bolehMengubah() && staf.username().equals(u.dibantuOleh()));
	}

	private void pastikan(Staf staf, long usahaId) {
		if (!bolehMengubah(staf, register.untukStaf(staf, usahaId))) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "umkm.bukan-petugas");
		}
	}

	void tambahProduk(Staf staf, long usahaId, String nama, String min, String maks, List<byte[]> foto) {
		pastikan(staf, usahaId);
		tambahProduk(usahaId, nama, min, maks, foto);
	}

	/** A product added by the owner, whom the private link identified (the caller checked it). */
	void tambahProduk(long usahaId, String nama, String min, String maks, List<byte[]> foto) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String n = nama == null ? "" : nama.strip();
		if (n.isEmpty() || n.length() > RegisterUmkm.TEKS_MAKS) {
			p.tolak("namaProduk", "umkm.isian.wajib");
		}
		Long hargaMin = RegisterUmkm.rupiah(p, "hargaMin", min);
		Long hargaMaks = RegisterUmkm.rupiah(p, "hargaMaks", maks == null || maks.isBlank() ? min : maks);
		if (hargaMin == null && p.sah("hargaMin")) {
			p.tolak("hargaMin", "umkm.isian.wajib");
		}
		if (hargaMin != null && hargaMaks != null && hargaMaks < hargaMin) {
			p.tolak("hargaMaks", "umkm.isian.harga-terbalik");
		}
		if (foto.size() > 1) {
			p.tolak("fotoProduk", "umkm.isian.foto-terlalu-banyak", 1);
		}
		p.lempar();
		List<BerkasBaru> tersimpan = foto.isEmpty() ? List.of() : berkas.simpanFoto(FOTO_PRODUK, foto);
		tx.executeWithoutResult(s -> {
			tersimpan.forEach(berkas::catat);
			Produk baru = new Produk(0, n, hargaMin, hargaMaks, tersimpan.isEmpty() ? null : tersimpan.get(0).berkas().id());
			long id = repo.tambahProduk(usahaId, baru);
			audit.catat("umkm.produk.ditambah", "usaha", Long.toString(usahaId), null, new Produk(id, n, hargaMin, hargaMaks, baru.fotoId()));
		});
	}

	void tambahSertifikat(Staf staf, long usahaId, String jenis, String nomor, String berlaku, MultipartFile dokumen) {
		pastikan(staf, usahaId);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Sertifikat.Jenis j = null;
		try {
			j = Sertifikat.Jenis.valueOf(jenis == null ? "" : jenis.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			p.tolak("jenis", "umkm.isian.wajib");
		}
		String no = nomor == null ? "" : nomor.strip();
		if (no.isEmpty() || no.length() > RegisterUmkm.TEKS_MAKS) {
			p.tolak("nomor", "umkm.isian.wajib");
		}
		LocalDate sampai = null;
		if (berlaku != null && !berlaku.isBlank()) {
			try {
				sampai = LocalDate.parse(berlaku.strip());
			}
			catch (DateTimeParseException ex) {
				p.tolak("berlakuSampai", "umkm.isian.tanggal-tidak-sah");
			}
		}
		p.lempar();
		BerkasBaru scan = null;
		if (dokumen != null && !dokumen.isEmpty()) {
			try {
				scan = berkas.simpanDokumen(DOKUMEN, dokumen.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		Sertifikat s = new Sertifikat(0, j, no, sampai, scan == null ? null : scan.berkas().id());
		BerkasBaru tersimpan = scan;
		tx.executeWithoutResult(st -> {
			if (tersimpan != null) {
				berkas.catat(tersimpan);
			}
			long id = repo.tambahSertifikat(usahaId, s);
			audit.catat("umkm.sertifikat.ditambah", "usaha", Long.toString(usahaId), null,
					new Sertifikat(id, s.jenis(), s.nomor(), s.berlakuSampai(), s.berkasId()));
		});
	}
}
