package id.kotacerdas.akun.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.platform.Peran;

/**
 * The first administrator, {@code admin}. Its password comes from {@code KC_ADMIN_PASSWORD};
 * when that is set it is authoritative (an operator who lost the password restarts with a new
 * one). When unset on the first start, a random password is printed once in the log.
 */
@Component
class AdminAwal {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminAwal.class);

	private final PenggunaRepository pengguna;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final String kataSandi;

	AdminAwal(PenggunaRepository pengguna, PasswordEncoder encoder, AuditLog audit, @Value("${kc.admin.password:}") String kataSandi) {
		this.pengguna = pengguna;
		this.encoder = encoder;
		this.audit = audit;
		this.kataSandi = kataSandi;
	}

	@EventListener(ApplicationStartedEvent.class) // before the demo data and other ready-time work
	@Transactional
	public void pastikanAda() {
		var ada = pengguna.cariUsername(USERNAME);
		if (ada.isEmpty()) {
			String sandi = kataSandi.isBlank() ? acak() : kataSandi;
			long id = pengguna.tambah(USERNAME, "Administrator Kominfo", null, encoder.encode(sandi), Peran.ADMIN_KOMINFO, null, null, null);
			audit.catat("pengguna.dibuat", "pengguna", String.valueOf(id), null, pengguna.cari(id).orElseThrow());
			if (kataSandi.isBlank()) {
				log.warn("\n\n  Administrator account created: username 'admin', password '{}'\n"
						+ "  It is shown only this once. Set KC_ADMIN_PASSWORD to choose it yourself.\n", sandi);
			}
		}
		else if (!kataSandi.isBlank() && !encoder.matches(kataSandi, pengguna.kataSandi(USERNAME).orElseThrow())) {
			pengguna.gantiKataSandi(ada.get().id(), encoder.encode(kataSandi));
			audit.catat("pengguna.sandi-diganti", "pengguna", String.valueOf(ada.get().id()), null, Map.of("sumber", "KC_ADMIN_PASSWORD"));
			log.info("Password of 'admin' set from KC_ADMIN_PASSWORD");
		}
	}

	private static String acak() {
		byte[] b = new byte[15];
		new SecureRandom().nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}
}
