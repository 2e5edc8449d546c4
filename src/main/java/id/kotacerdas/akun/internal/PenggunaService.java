package id.kotacerdas.akun.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Account administration. Every rule on who may manage whom is checked here, not in the pages. */
@Service
class PenggunaService {

	static final int PANJANG_SANDI_MINIMUM = 10;

	/** bcrypt reads only the first 72 bytes: a longer password would not be what it seems. */
	static final int PANJANG_SANDI_MAKS = 72;

	private static final int PANJANG_MAKS = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final String POLA_USERNAME = "[a-z0-9][a-z0-9._-]{2,59}";

	private static final Pattern USERNAME = Pattern.compile(POLA_USERNAME);

	record Perintah(String username, String nama, String email, Peran peran, Long opdId, Long timId, boolean aktif) {
	}

	private final PenggunaRepository repo;

	private final TimRepository tim;

	private final DaftarOpd opd;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	PenggunaService(PenggunaRepository repo, TimRepository tim, DaftarOpd opd, PasswordEncoder encoder, AuditLog audit) {
		this.repo = repo;
		this.tim = tim;
		this.opd = opd;
		this.encoder = encoder;
		this.audit = audit;
	}

	List<Pengguna> terlihatOleh(Staf aktor) {
		return repo.daftar(aktor.seluruhKota() ? null : aktor.opdId());
	}

	Pengguna untukDikelola(Staf aktor, long id) {
		Pengguna p = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("akun.pengguna-tidak-ditemukan"));
		periksaWewenang(aktor, p.opdId(), p.peran());
		return p;
	}

	@Transactional
	Pengguna buat(Staf aktor, Perintah perintah, String kataSandi) {
		Perintah p = normal(perintah);
		periksaWewenang(aktor, p.opdId(), p.peran());
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (p.username() == null || !USERNAME.matcher(p.username()).matches()) {
			periksa.tolak("username", "akun.username-tidak-valid");
		}
		else if (repo.cariUsername(p.username()).isPresent()) {
			periksa.bentrok("username", "akun.username-sudah-ada", p.username());
		}
		periksaIsian(p, periksa);
		periksaSandi(kataSandi, periksa);
		periksa.lempar();
		try {
			long id = repo.tambah(p.username(), p.nama(), p.email(), encoder.encode(kataSandi), p.peran(), p.opdId(), p.timId());
			Pengguna dibuat = repo.cari(id).orElseThrow();
			audit.catat("pengguna.dibuat", "pengguna", String.valueOf(id), null, dibuat);
			return dibuat;
		}
		catch (DuplicateKeyException ex) {
			// taken between the check above and the insert
			new IsianDitolakException.Pemeriksa().bentrok("username", "akun.username-sudah-ada", p.username()).lempar();
			throw ex;
		}
	}

	@Transactional
	Pengguna ubah(Staf aktor, long id, Perintah perintah) {
		Pengguna sebelum = untukDikelola(aktor, id);
		Perintah p = normal(perintah);
		periksaWewenang(aktor, p.opdId(), p.peran());
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		periksaIsian(p, periksa);
		periksa.lempar();
		repo.ubah(id, p.nama(), p.email(), p.peran(), p.opdId(), p.timId(), p.aktif());
		Pengguna sesudah = repo.cari(id).orElseThrow();
		audit.catat("pengguna.diubah", "pengguna", String.valueOf(id), sebelum, sesudah);
		return sesudah;
	}

	@Transactional
	void gantiKataSandi(Staf aktor, long id, String kataSandi) {
		Pengguna p = untukDikelola(aktor, id);
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		periksaSandi(kataSandi, periksa);
		periksa.lempar();
		repo.gantiKataSandi(id, encoder.encode(kataSandi));
		audit.catat("pengguna.sandi-diganti", "pengguna", String.valueOf(id), null, java.util.Map.of("username", p.username()));
	}

	/** Every field at once, so the form can show all its problems together. */
	private void periksaIsian(Perintah p, IsianDitolakException.Pemeriksa periksa) {
		if (p.nama() == null || p.nama().isBlank() || p.nama().length() > PANJANG_MAKS) {
			periksa.tolak("nama", "akun.nama-wajib", PANJANG_MAKS);
		}
		if (p.email() != null && (p.email().length() > PANJANG_MAKS || !EMAIL.matcher(p.email()).matches())) {
			periksa.tolak("email", "akun.email-tidak-valid");
		}
		if (p.peran() == null) {
			periksa.tolak("peran", "akun.peran-wajib");
			return;
		}
		boolean butuhOpd = p.peran() == Peran.ADMIN_OPD || p.peran() == Peran.PETUGAS_TRC;
		if (butuhOpd && (p.opdId() == null || opd.cari(p.opdId()).isEmpty())) {
			periksa.tolak("opdId", "akun.opd-wajib");
		}
		if (p.peran() == Peran.PETUGAS_TRC) {
			TimTrc t = p.timId() == null ? null : tim.cari(p.timId()).orElse(null);
			if (t == null || !Long.valueOf(t.opdId()).equals(p.opdId())) {
				periksa.tolak("timId", "akun.tim-wajib");
			}
		}
	}

	private static void periksaWewenang(Staf aktor, Long opdId, Peran peran) {
		if (!aktor.bolehKelolaAkun(opdId, peran)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "akun.tidak-berwenang");
		}
	}

	private static void periksaSandi(String kataSandi, IsianDitolakException.Pemeriksa periksa) {
		if (kataSandi == null || kataSandi.length() < PANJANG_SANDI_MINIMUM || kataSandi.length() > PANJANG_SANDI_MAKS) {
			periksa.tolak("kataSandi", "akun.sandi-terlalu-pendek", PANJANG_SANDI_MINIMUM, PANJANG_SANDI_MAKS);
		}
	}

	/** Whole-city roles belong to no agency or team; agency administrators to no team. */
	private static Perintah normal(Perintah p) {
		boolean seluruhKota = p.peran() == Peran.ADMIN_KOMINFO || p.peran() == Peran.PIMPINAN;
		return new Perintah(p.username() == null ? null : p.username().strip().toLowerCase(java.util.Locale.ROOT),
				p.nama() == null ? null : p.nama().strip(), p.email() == null || p.email().isBlank() ? null : p.email().strip(),
				p.peran(), seluruhKota ? null : p.opdId(), p.peran() == Peran.PETUGAS_TRC ? p.timId() : null, p.aktif());
	}
}
