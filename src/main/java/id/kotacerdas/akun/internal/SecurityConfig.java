package id.kotacerdas.akun.internal;

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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import id.kotacerdas.platform.AksesPublik;

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
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AksesPublik> akses) throws Exception {
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
				.requestMatchers("/api/admin/**").hasRole("ADMIN_KOMINFO")
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/masuk").defaultSuccessUrl("/staf", false).failureUrl("/masuk?gagal").permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?keluar"))
			.httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			.csrf(c -> c.ignoringRequestMatchers(tanpaCsrf).ignoringRequestMatchers(denganKredensial))
			// no inline styles or scripts anywhere, forms post only here, no framing (issue 9, hole 7)
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data: blob: https://*.tile.openstreetmap.org https://tile.openstreetmap.org; "
							+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
							+ "frame-ancestors 'none'")));
		return http.build();
	}
}
