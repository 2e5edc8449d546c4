package id.kotacerdas.satudata.internal.portal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.notifikasi.BentukKontak;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Requests for data: filed by anyone, read by Kominfo (reading a requester's contacts is audited). */
@Service
class LayananPermintaanData {

	/** A tracking code's letters: no 0/O or 1/I to confuse. */
	private static final String HURUF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int PANJANG_KODE = 8;

	static final int TEKS_MAKS = 2_000;

	static final int NAMA_MAKS = 200;

	private final PermintaanDataRepository repo;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom acak = new SecureRandom();

	LayananPermintaanData(PermintaanDataRepository repo, AuditLog audit, Clock clock) {
		this.repo = repo;
		this.audit = audit;
		this.clock = clock;
	}

	/** Files the request, every problem named at once; the tracking code of the stored request. */
	@Transactional
	PermintaanData ajukan(String nama, String email, String telepon, String instansi, String dataDiminta, String keperluan) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String n = wajib(p, "nama", nama, NAMA_MAKS);
		String e = bebas(p, "email", email, NAMA_MAKS);
		String t = bebas(p, "telepon", telepon, NAMA_MAKS);
		String i = bebas(p, "instansi", instansi, NAMA_MAKS);
		String d = wajib(p, "dataDiminta", dataDiminta, TEKS_MAKS);
		String k = wajib(p, "keperluan", keperluan, TEKS_MAKS);
		if (e == null && t == null) {
			p.tolak("email", "satudata-portal.minta.kontak-wajib");
		}
		if (e != null && !BentukKontak.email(e)) {
			p.tolak("email", "satudata-portal.minta.email-salah");
		}
		if (t != null && !BentukKontak.telepon(t)) {
			p.tolak("telepon", "satudata-portal.minta.telepon-salah");
		}
		p.lempar();
		PermintaanData baru = new PermintaanData(0, kode(), n, e, t, i, d, k, clock.instant());
		long id = repo.tambah(baru);
		return new PermintaanData(id, baru.kode(), n, e, t, i, d, k, baru.dibuat());
	}

	/** The newest requests, for Kominfo's list (the page shows no contacts). */
	List<PermintaanData> daftar(Staf staf, int batas) {
		periksa(staf);
		return repo.terbaru(batas);
	}

	/** One request with its requester's contacts: audited. */
	@Transactional
	PermintaanData baca(long id, Staf staf) {
		periksa(staf);
		PermintaanData p = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata-portal.minta.tidak-ditemukan"));
		audit.catat("satudata.permintaan-dilihat", "permintaan-data", Long.toString(id), null, Map.of("kode", p.kode()));
		return p;
	}

	Optional<PermintaanData> lacak(String kode) {
		return repo.cariKode(kode);
	}

	/** Kominfo reads requests: its administrators. */
	static boolean boleh(Staf staf) {
		return staf.adminKota();
	}

	private static void periksa(Staf staf) {
		if (!boleh(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.minta.bukan-kominfo");
		}
	}

	private String kode() {
		StringBuilder s = new StringBuilder("MD-");
		for (int i = 0; i < PANJANG_KODE; i++) {
			s.append(HURUF.charAt(acak.nextInt(HURUF.length())));
		}
		return s.toString();
	}

	private static String wajib(IsianDitolakException.Pemeriksa p, String isian, String nilai, int maks) {
		String v = bebas(p, isian, nilai, maks);
		if (v == null) {
			p.tolak(isian, "satudata-portal.isian.wajib");
		}
		return v;
	}

	private static String bebas(IsianDitolakException.Pemeriksa p, String isian, String nilai, int maks) {
		if (nilai == null || nilai.isBlank()) {
			return null;
		}
		String v = nilai.strip();
		if (v.length() > maks) {
			p.tolak(isian, "satudata-portal.isian.terlalu-panjang", maks);
		}
		return v;
	}
}
