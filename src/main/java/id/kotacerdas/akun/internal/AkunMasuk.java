package id.kotacerdas.akun.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session. It remembers the account's {@link Pengguna#versiSesi()} at
 * sign-in, so a password reset or deactivation after that ends the session ({@link PenjagaSesi}).
 */
final class AkunMasuk extends User {

	private static final long serialVersionUID = 1L;

	private final int versiSesi;

	AkunMasuk(Pengguna p, String hash) {
		super(p.username(), hash, List.of(new SimpleGrantedAuthority(p.peran().authority())));
		this.versiSesi = p.versiSesi();
	}

	int versiSesi() {
		return versiSesi;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AkunMasuk a && super.equals(a) && a.versiSesi == versiSesi;
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + versiSesi;
	}
}
