package id.kotacerdas.akun.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Makes a session follow its account, on every request: a deactivated, deleted or password-reset
 * account's session ends (the request continues as anonymous, so pages redirect to sign-in and
 * APIs answer 401), and a changed role takes effect at once. Checking against the database rather
 * than keeping a registry of sessions works the same with several instances.
 */
class PenjagaSesi extends OncePerRequestFilter {

	private static final String AWALAN_PERAN = "ROLE_";

	private static final Logger log = LoggerFactory.getLogger(PenjagaSesi.class);

	private final AkunStafService akun;

	private final SecurityContextRepository konteks;

	PenjagaSesi(AkunStafService akun, SecurityContextRepository konteks) {
		this.akun = akun;
		this.konteks = konteks;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			Optional<Pengguna> sekarang = akun.akunPermintaan(auth.getName());
			if (sekarang.isEmpty() || !sekarang.get().aktif()
					|| (auth.getPrincipal() instanceof AkunMasuk m && m.versiSesi() != sekarang.get().versiSesi())) {
				log.info("Session of '{}' ended: the account was deactivated or its password reset", auth.getName());
				SecurityContextHolder.clearContext();
				HttpSession sesi = request.getSession(false);
				if (sesi != null) {
					sesi.invalidate();
				}
			}
			else {
				String peran = sekarang.get().peran().authority();
				List<String> peranSesi = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(AWALAN_PERAN)).toList();
				if (!peranSesi.equals(List.of(peran))) {
					// other authorities (such as the factors of the sign-in) stay as they were
					List<GrantedAuthority> hak = new ArrayList<>(auth.getAuthorities().stream()
						.filter(a -> a.getAuthority() == null || !a.getAuthority().startsWith(AWALAN_PERAN)).toList());
					hak.add(new SimpleGrantedAuthority(peran));
					UsernamePasswordAuthenticationToken baru = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, hak);
					baru.setDetails(auth.getDetails());
					SecurityContext ganti = SecurityContextHolder.createEmptyContext();
					ganti.setAuthentication(baru);
					SecurityContextHolder.setContext(ganti);
					konteks.saveContext(ganti, request, response);
				}
			}
		}
		chain.doFilter(request, response);
	}
}
