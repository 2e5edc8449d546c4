package id.kotacerdas.akun;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done at start-up (demo data) as a staff member: signed in on this thread for its duration,
 * so the audit log names them as it would after the staff pages, and signed out after.
 */
public final class SebagaiStaf {

	private SebagaiStaf() {
	}

	public static <T> T jalankan(Staf staf, Supplier<T> kerja) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staf.username(), null, List.of()));
		try {
			return kerja.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public static void jalankan(Staf staf, Runnable kerja) {
		jalankan(staf, () -> {
			kerja.run();
			return null;
		});
	}
}
