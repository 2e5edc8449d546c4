package id.kotacerdas.akun.internal;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Gangguan;
import id.kotacerdas.platform.Peran;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two filter chains. Requests that carry HTTP Basic credentials (scripts) are authenticated by
 * them alone, on each request, with no session and so no CSRF token: a session cookie gives them
 * nothing. Everything else uses form login with a session and CSRF protection; JSON under
 * {@code /api/} answers 401 instead of redirecting. Both chains share the access rules, and
 * modules open their public addresses through {@link AksesPublik} beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AkunProperties.class)
class SecurityConfig {

	/** 401 without a challenge (no browser pop-up), with Retry-After while sign-in is paused. */
	private static final AuthenticationEntryPoint TOLAK = (request, response, ex) -> {
		if (ex instanceof PenjagaMasuk.TerlaluBanyakPercobaan t) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, t.tunggu().toSeconds())));
		}
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
	};

	@Bean
	PasswordEncoder passwordEncoder(MeterRegistry meter) {
		// bcrypt today, with the algorithm id stored in the hash so it can be upgraded later
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		// a spike in checks is a guessing attack; the count also proves that throttling holds
		Counter diperiksa = Counter.builder("kc.akun.sandi.diperiksa")
			.description("Password hashes checked, including the dummy check for unknown accounts").register(meter);
		return new PasswordEncoder() {

			@Override
			public String encode(CharSequence sandi) {
				return encoder.encode(sandi);
			}

			@Override
			public boolean matches(CharSequence sandi, String hash) {
				diperiksa.increment();
				return encoder.matches(sandi, hash);
			}

			@Override
			public boolean upgradeEncoding(String hash) {
				return encoder.upgradeEncoding(hash);
			}
		};
	}

	/**
	 * No Micrometer observation around each of the security chain's fifteen filters (nor of authentication and
	 * authorization): about a tenth of an API call's CPU in the intake profile (docs/benchmarks.md) for timings
	 * nobody reads. Requests are still timed as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	AuthenticationManager authenticationManager(PenjagaMasuk penjaga) {
		return new ProviderManager(penjaga);
	}

	/** Anonymous citizens' forms keep their CSRF token in a cookie, so an expired session loses nothing. */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new CsrfTanpaSesi();
	}

	@Bean
	@Order(1)
	SecurityFilterChain basicFilterChain(HttpSecurity http, List<AksesPublik> akses, AuthenticationManager masuk,
			AkunProperties properti, HandlerMappingIntrospector pemetaan) throws Exception {
		RequestMatcher denganBasic = request -> {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		};
		http.securityMatcher(denganBasic)
			.authenticationManager(masuk)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(r -> r.requestCache(new NullRequestCache()))
			.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(b -> b.authenticationEntryPoint(kecualiGangguan(TOLAK)))
			.exceptionHandling(e -> e.authenticationEntryPoint(kecualiGangguan(TOLAK)));
		aturanAkses(http, akses, properti, pemetaan);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AksesPublik> akses, AuthenticationManager masuk,
			AkunProperties properti, AkunStafService akun, HandlerMappingIntrospector pemetaan, CsrfTokenRepository csrf)
			throws Exception {
		String[] tanpaCsrf = akses.stream().flatMap(a -> a.tanpaCsrf().stream()).distinct().toArray(String[]::new);
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		SecurityContextRepository konteks = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
		http.authenticationManager(masuk)
			.securityContext(c -> c.securityContextRepository(konteks))
			.addFilterBefore(new PenjagaSesi(akun, konteks), AnonymousAuthenticationFilter.class)
			.formLogin(f -> f.loginPage("/masuk").defaultSuccessUrl("/staf", false)
				.failureHandler(kecualiGangguan(new SimpleUrlAuthenticationFailureHandler("/masuk?gagal"))).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?keluar"))
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(TOLAK, api))
			.csrf(c -> c.csrfTokenRepository(csrf).ignoringRequestMatchers(tanpaCsrf))
			// no inline styles or scripts anywhere, forms post only here, no framing
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data: blob: https://*.tile.openstreetmap.org https://tile.openstreetmap.org; "
							+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
							+ "frame-ancestors 'none'")));
		aturanAkses(http, akses, properti, pemetaan);
		return http.build();
	}

	/** Who may use what: the same in both chains. Metrics are for operators; health shows others only UP/DOWN. */
	private static void aturanAkses(HttpSecurity http, List<AksesPublik> akses, AkunProperties properti,
			HandlerMappingIntrospector pemetaan) throws Exception {
		String[] terbuka = akses.stream().flatMap(a -> a.terbuka().stream()).distinct().toArray(String[]::new);
		http.authorizeHttpRequests(a -> a
			.requestMatchers(terbuka).permitAll()
			.requestMatchers("/masuk", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
			// an address nothing answers gets the friendly 404 page, not the sign-in page
			.requestMatchers(new AlamatTakDikenal(pemetaan)).permitAll()
			.requestMatchers("/actuator/**").hasAnyRole(properti.peranOperator().toArray(String[]::new))
			.requestMatchers("/api/admin/**").hasRole(Peran.ADMIN_KOMINFO.name())
			.anyRequest().authenticated());
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
