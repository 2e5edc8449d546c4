package id.kotacerdas.audit.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.audit.AuditLog;
import tools.jackson.databind.ObjectMapper;

@Service
class AuditLogService implements AuditLog {

	/** The actor when no one is signed in: scheduled jobs and start-up seeding. */
	static final String SISTEM = "sistem";

	private final CatatanAuditRepository repo;

	private final ObjectMapper json;

	private final Clock clock;

	AuditLogService(CatatanAuditRepository repo, ObjectMapper json, Clock clock) {
		this.repo = repo;
		this.json = json;
		this.clock = clock;
	}

	// MANDATORY: a record without the change it describes (or the reverse) must not be possible.
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void catat(String aksi, String jenisObjek, String idObjek, Object sebelum, Object sesudah) {
		repo.tambah(Instant.now(clock), aktor(), aksi, jenisObjek, idObjek, keJson(sebelum), keJson(sesudah));
	}

	private String keJson(Object nilai) {
		return nilai == null ? null : json.writeValueAsString(nilai);
	}

	private static String aktor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? SISTEM : auth.getName();
	}
}
