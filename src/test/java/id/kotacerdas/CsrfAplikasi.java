package id.kotacerdas;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * spring-security-test's {@code csrf()} replaces the token repository of the one shared CSRF
 * filter with a session-backed one, for every later request of the test JVM, real HTTP from a
 * browser included. A test of the application's own CSRF behaviour (tokens of anonymous forms in
 * a cookie, not in the session) puts the application's repository back first.
 */
public final class CsrfAplikasi {

	private CsrfAplikasi() {
	}

	public static void pulihkan(MockMvc mvc, CsrfTokenRepository repositoriAplikasi) throws Exception {
		mvc.perform(get("/").with(permintaan -> {
			WebTestUtils.setCsrfTokenRepository(permintaan, repositoriAplikasi);
			return permintaan;
		}));
	}
}
