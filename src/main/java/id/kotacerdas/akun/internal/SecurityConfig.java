package id.kotacerdas.akun.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Gangguan;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One filter chain for the whole application. Pages use form login with a session; JSON under
 * {@code /api/} also accepts HTTP Basic (for scripts of administrators) and answers 401 instead of
 * redirecting. Modules open their public addresses through {@link AksesPublik} beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm id stored in the hash so it can be upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(PenggunaRepository pengguna, Clock clock) {
		return username -> {
			Pengguna p = pengguna.cariUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
			return User.withUsername(p.username())
				.password(pengguna.kataSandi(username).orElseThrow())
				.roles(p.peran().name())
				.disabled(!p.aktif())
				.accountLocked(p.terkunci(Instant.now(clock)))
				.build();
		};
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new CsrfTanpaSesi();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AksesPublik> akses, HandlerMappingIntrospector pemetaan,
			CsrfTokenRepository csrf) throws Exception {
		String[] terbuka = akses.stream().flatMap(a -> a.terbuka().stream()).distinct().toArray(String[]::new);
		String[] tanpaCsrf = akses.stream().flatMap(a -> a.tanpaCsrf().stream()).distinct().toArray(String[]::new);
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		// Browsers never send an Authorization header on their own here (no Basic challenge is ever
		// issued), so a request that carries one is a script, not a forged form post.
		RequestMatcher denganKredensial = request -> request.getHeader("Authorization") != null;
		http.authorizeHttpRequests(a -> a
				.requestMatchers(terbuka).permitAll()
				.requestMatchers("/masuk", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers(new AlamatTakDikenal(pemetaan)).permitAll()
				.requestMatchers("/api/admin/**").hasRole("ADMIN_KOMINFO")
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/masuk").defaultSuccessUrl("/staf", false)
				.failureHandler(kecualiGangguan(new SimpleUrlAuthenticationFailureHandler("/masuk?gagal"))).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?keluar"))
			.httpBasic(b -> b.authenticationEntryPoint(kecualiGangguan(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			.csrf(c -> c.csrfTokenRepository(csrf).ignoringRequestMatchers(tanpaCsrf).ignoringRequestMatchers(denganKredensial))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data: blob: https://*.tile.openstreetmap.org https://tile.openstreetmap.org; "
							+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * A sign-in that failed because the account could not be read (the database is down) is not a
	 * wrong password: it is rethrown, and the platform's outage filter answers 503.
	 */
	private static SimpleUrlAuthenticationFailureHandler kecualiGangguan(SimpleUrlAuthenticationFailureHandler biasa) {
		return new SimpleUrlAuthenticationFailureHandler() {

			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
					throws IOException, ServletException {
				if (Gangguan.basisData(ex)) {
					throw new ServletException(ex);
				}
				biasa.onAuthenticationFailure(request, response, ex);
			}
		};
	}

	private static AuthenticationEntryPoint kecualiGangguan(AuthenticationEntryPoint biasa) {
		return (request, response, ex) -> {
			if (Gangguan.basisData(ex)) {
				throw new ServletException(ex);
			}
			biasa.commence(request, response, ex);
		};
	}
}
