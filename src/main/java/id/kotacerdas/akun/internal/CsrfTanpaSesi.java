package id.kotacerdas.akun.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a form's CSRF token is kept. For visitors who are not signed in — citizens reporting or
 * following a report, the sign-in form — in an HttpOnly cookie checked against the form
 * (double submit): such a form needs no server session, so it still submits after the session
 * timed out, and reading a page creates no session. For signed-in staff in the session, as before,
 * so signing out or a session timeout also ends their tokens.
 */
final class CsrfTanpaSesi implements CsrfTokenRepository {

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	private final HttpSessionCsrfTokenRepository sesi = new HttpSessionCsrfTokenRepository();

	private final AuthenticationTrustResolver kepercayaan = new AuthenticationTrustResolverImpl();

	CsrfTanpaSesi() {
		cookie.setCookieName("kc-csrf");
		// the same header as the session's tokens, so scripts need not know where a token lives
		cookie.setHeaderName(sesi.generateToken(null).getHeaderName());
		cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
	}

	/** Staff are signed in exactly when their session holds their authentication (form login). */
	private CsrfTokenRepository untuk(HttpServletRequest request) {
		HttpSession sesiStaf = request.getSession(false);
		Object konteks = sesiStaf == null ? null : sesiStaf.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		boolean masuk = konteks instanceof SecurityContext k && k.getAuthentication() != null
				&& !kepercayaan.isAnonymous(k.getAuthentication());
		return masuk ? sesi : cookie;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return untuk(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		untuk(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return untuk(request).loadToken(request);
	}
}
