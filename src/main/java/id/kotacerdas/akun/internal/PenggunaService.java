package id.kotacerdas.akun.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.notifikasi.Kontak;

/** Account administration. Every rule on who may manage whom is checked here, not in the pages. */
@Service
class PenggunaService {

	static final int PANJANG_SANDI_MINIMUM = 10;

	/** bcrypt reads only the first 72 bytes: a longer password would not be what it seems. */
	static final int PANJANG_SANDI_MAKS = 72;

	private static final int PANJANG_MAKS = 200;

	/** The unique constraint on {@code akun.pengguna.nip} (migration V2026_11_30_55). */
	static final String POLA_USERNAME = "[a-z0-9][a-z0-9._-]{2,59}";

	private static final Pattern USERNAME = Pattern.compile(POLA_USERNAME);

	/** @param nip as typed (spaces or dots allowed), or empty */
	record Perintah(String username, String nama, String email, Peran peran, Long opdId, Long timId, String nip, boolean aktif) {
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
		return repo.daftar(aktor.lingkupOpd());
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
		periksaIsian(p, null, periksa);
		periksaSandi(kataSandi, periksa);
		periksa.lempar();
		try {
			long id = repo.tambah(p.username(), p.nama(), p.email(), encoder.encode(kataSandi), p.peran(), p.opdId(), p.timId(), nip(p));
			Pengguna dibuat = repo.cari(id).orElseThrow();
			audit.catat("pengguna.dibuat", "pengguna", String.valueOf(id), null, dibuat);
			return dibuat;
		}
		catch (DuplicateKeyException ex) {
			diambilLebihDulu(ex, p, true);
			throw ex;
		}
	}

	@Transactional
	Pengguna ubah(Staf aktor, long id, Perintah perintah) {
		Pengguna sebelum = untukDikelola(aktor, id);
		Perintah p = normal(perintah);
		periksaWewenang(aktor, p.opdId(), p.peran());
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		periksaIsian(p, id, periksa);
		periksa.lempar();
		try {
			repo.ubah(id, p.nama(), p.email(), p.peran(), p.opdId(), p.timId(), nip(p), p.aktif());
		}
		catch (DuplicateKeyException ex) {
			diambilLebihDulu(ex, p, false);
			throw ex;
		}
		Pengguna sesudah = repo.cari(id).orElseThrow();
		audit.catat("pengguna.diubah", "pengguna", String.valueOf(id), sebelum, sesudah);
		return sesudah;
	}

	/**
	 * Makes an officer or ordinary employee a member of a team of their agency ({@code timId}), or with
	 * null takes them out of their team: then they are an ordinary employee. Administrators and
	 * leadership are not team members. Checked and audited as any change of the account.
	 */
	@Transactional
	Pengguna aturTim(Staf aktor, long id, Long timId) {
		Pengguna p = untukDikelola(aktor, id);
		if (p.peran() != Peran.PETUGAS_TRC && p.peran() != Peran.PEGAWAI) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "akun.bukan-anggota-tim");
		}
		Peran peran = timId == null ? Peran.PEGAWAI : Peran.PETUGAS_TRC;
		return ubah(aktor, id, new Perintah(p.username(), p.nama(), p.email(), peran, p.opdId(), timId, p.nip(), p.aktif()));
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

	/**
	 * A NIP, or a new account's username, taken between the checks and the write by a request running
	 * at the same time: the form says which, as the checks would have. The failed statement has aborted
	 * the transaction, so the database's constraint name tells, not another query.
	 */
	private static void diambilLebihDulu(DuplicateKeyException ex, Perintah p, boolean baru) {
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (PenggunaRepository.nipSudahDipakai(ex)) {
			periksa.bentrok("nip", "akun.nip-sudah-ada", nip(p));
		}
		else if (baru) {
			periksa.bentrok("username", "akun.username-sudah-ada", p.username());
		}
		periksa.lempar();
	}

	/** Every field at once, so the form can show all its problems together. */
	private void periksaIsian(Perintah p, Long id, IsianDitolakException.Pemeriksa periksa) {
		if (p.nama() == null || p.nama().isBlank() || p.nama().length() > PANJANG_MAKS) {
			periksa.tolak("nama", "akun.nama-wajib", PANJANG_MAKS);
		}
		if (p.email() != null && (p.email().length() > PANJANG_MAKS || !Kontak.email(p.email()))) {
			periksa.tolak("email", "akun.email-tidak-valid");
		}
		periksaNip(p, id, periksa);
		if (p.peran() == null) {
			periksa.tolak("peran", "akun.peran-wajib");
			return;
		}
		if (!p.peran().seluruhKota() && (p.opdId() == null || opd.cari(p.opdId()).isEmpty())) {
			periksa.tolak("opdId", "akun.opd-wajib");
		}
		if (p.peran() == Peran.PEGAWAI && p.nip() == null) {
			periksa.tolak("nip", "akun.nip-wajib-pegawai");
		}
		if (p.peran() == Peran.PETUGAS_TRC) {
			TimTrc t = p.timId() == null ? null : tim.cari(p.timId()).orElse(null);
			if (t == null || !Long.valueOf(t.opdId()).equals(p.opdId())) {
				periksa.tolak("timId", "akun.tim-wajib");
			}
		}
	}

	/** A NIP is optional, but a real one, and names one account only (the personnel records link by it). */
	private void periksaNip(Perintah p, Long id, IsianDitolakException.Pemeriksa periksa) {
		if (p.nip() == null) {
			return;
		}
		if (!Nip.sah(p.nip())) {
			periksa.tolak("nip", "galat.nip-tidak-sah");
		}
		else if (repo.cariNip(nip(p)).filter(lain -> id == null || lain.id() != id).isPresent()) {
			periksa.bentrok("nip", "akun.nip-sudah-ada", nip(p));
		}
	}

	/** The NIP as stored: its 18 digits. */
	private static String nip(Perintah p) {
		return p.nip() == null ? null : Nip.dari(p.nip()).nilai();
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
		boolean seluruhKota = p.peran() != null && p.peran().seluruhKota();
		return new Perintah(p.username() == null ? null : p.username().strip().toLowerCase(java.util.Locale.ROOT),
				p.nama() == null ? null : p.nama().strip(), p.email() == null || p.email().isBlank() ? null : p.email().strip(),
				p.peran(), seluruhKota ? null : p.opdId(), p.peran() == Peran.PETUGAS_TRC ? p.timId() : null,
				p.nip() == null || p.nip().isBlank() ? null : p.nip().strip(), p.aktif());
	}
}
