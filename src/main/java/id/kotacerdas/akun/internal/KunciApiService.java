package id.kotacerdas.akun.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.KunciApi;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * Keys look like {@code kc_<prefix>_<secret>}. They are random (256 bits), so a single SHA-256
 * is a sound way to store them; the prefix finds the row without scanning hashes.
 */
@Service
class KunciApiService implements KunciApi {

	private static final Pattern SCOPE = Pattern.compile("[a-z0-9][a-z0-9:_-]{0,39}");

	private static final SecureRandom ACAK = new SecureRandom();

	/** A key as listed: everything but its secret. */
	record Kunci(long id, String nama, String awalan, Set<String> scopes, Instant dibuat, String dibuatOleh, Instant dicabut) {

		public boolean aktif() {
			return dicabut == null;
		}

		public String dibuatWita() {
			return Waktu.formatTanggalJam(dibuat);
		}
	}

	/** A newly issued key: the only time the plaintext exists outside the caller. */
	record KunciBaru(long id, String nama, Set<String> scopes, Instant dibuat, String kunci) {
	}

	private final KunciApiRepository repo;

	private final AuditLog audit;

	private final Clock clock;

	private final KunciAktif aktif;

	KunciApiService(KunciApiRepository repo, AuditLog audit, Clock clock, KunciAktif aktif) {
		this.aktif = aktif;
		this.repo = repo;
		this.audit = audit;
		this.clock = clock;
	}

	List<Kunci> daftar() {
		return repo.semua();
	}

	@Transactional
	KunciBaru buat(String nama, Set<String> scopes, String oleh) {
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (nama == null || nama.isBlank() || nama.length() > 200) {
			periksa.tolak("nama", "akun.kunci-nama-wajib");
		}
		if (scopes == null || scopes.isEmpty() || !scopes.stream().allMatch(s -> s != null && SCOPE.matcher(s).matches())) {
			periksa.tolak("scopes", "akun.kunci-scope-tidak-valid");
		}
		periksa.lempar();
		String awalan = acak(9);
		String kunci = "kc_" + awalan + "_" + acak(32);
		Instant sekarang = Instant.now(clock);
		long id = repo.tambah(nama.strip(), awalan, Sidik.sha256(kunci), scopes, sekarang, oleh);
		aktif.berubah(id);
		audit.catat("kunci-api.dibuat", "kunci-api", String.valueOf(id), null, cari(id));
		return new KunciBaru(id, nama.strip(), Set.copyOf(scopes), sekarang, kunci);
	}

	@Transactional
	void cabut(long id) {
		Kunci sebelum = cari(id);
		if (sebelum.aktif()) {
			repo.cabut(id, Instant.now(clock));
			aktif.berubah(id);
			audit.catat("kunci-api.dicabut", "kunci-api", String.valueOf(id), sebelum, cari(id));
		}
	}

	@Override
	public Optional<PemegangKunci> periksa(String kunci, String scope) {
		if (kunci == null || kunci.length() > 100) {
			return Optional.empty();
		}
		String[] bagian = kunci.split("_", 3);
		if (bagian.length != 3 || !"kc".equals(bagian[0])) {
			return Optional.empty();
		}
		// from the in-memory copy of the active keys: a hash lookup, no round trip (a SHA-256 of a key reveals nothing of it)
		return aktif.cari(Sidik.sha256(kunci))
			.filter(k -> k.scopes().contains(scope))
			.map(k -> new PemegangKunci(k.id(), k.nama()));
	}

	private Kunci cari(long id) {
		return repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("akun.kunci-tidak-ditemukan"));
	}

	private static String acak(int bytes) {
		byte[] b = new byte[bytes];
		ACAK.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('_', 'x').replace('-', 'y');
	}

}
