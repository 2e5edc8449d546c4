package id.kotacerdas.akun.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for a while after repeated wrong passwords, which stops guessing. */
@Component
class LoginListener {

	static final Duration LAMA_KUNCI = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginListener.class);

	private final PenggunaRepository pengguna;

	private final Clock clock;

	LoginListener(PenggunaRepository pengguna, Clock clock) {
		this.pengguna = pengguna;
		this.clock = clock;
	}

	@EventListener
	void gagal(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		log.info("Failed login for '{}'", username);
		pengguna.catatGagal(username, Instant.now(clock).plus(LAMA_KUNCI));
	}

	@EventListener
	void berhasil(AuthenticationSuccessEvent event) {
		pengguna.catatBerhasil(event.getAuthentication().getName());
	}
}
