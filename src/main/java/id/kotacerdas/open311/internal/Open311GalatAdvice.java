package id.kotacerdas.open311.internal;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.Gangguan;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletRequest;

/** Every failure inside the Open311 controller becomes an Open311 error list in the requested format. */
@ControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311GalatAdvice {

	private static final Logger log = LoggerFactory.getLogger(Open311GalatAdvice.class);

	private final Penjawab penjawab;

	Open311GalatAdvice(Penjawab penjawab) {
		this.penjawab = penjawab;
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<byte[]> open311(Open311Exception ex, HttpServletRequest request) {
		return jawab(request, ex.status(), penjawab.pesan(ex.kodePesan(), ex.argumen(), LocaleContextHolder.getLocale()));
	}

	/**
	 * The complaint module's refusals (invalid place, attribute, photo, …) keep their 4xx and message;
	 * "not now" (429 over the rate, 503 busy) keeps its status and says when to retry.
	 */
	@ExceptionHandler(PermintaanDitolakException.class)
	ResponseEntity<byte[]> ditolak(PermintaanDitolakException ex, HttpServletRequest request) {
		ResponseEntity<byte[]> jawaban = jawab(request, Open311Filter.statusOpen311(ex.status().value()),
				penjawab.pesan(ex.kodePesan(), ex.argumen(), LocaleContextHolder.getLocale()));
		return ex instanceof CobaLagiNantiException nanti ? cobaLagi(jawaban, nanti.detik()) : jawaban;
	}

	/** The database is unreachable: 503 with Retry-After, so clients retry instead of giving up on a "400". */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class, SQLTransientConnectionException.class, SQLNonTransientConnectionException.class })
	ResponseEntity<byte[]> gangguan(Exception ex, HttpServletRequest request) {
		return ditolak(CobaLagiNantiException.gangguan(), request);
	}

	static ResponseEntity<byte[]> cobaLagi(ResponseEntity<byte[]> jawaban, long detik) {
		return ResponseEntity.status(jawaban.getStatusCode()).headers(jawaban.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(detik)).body(jawaban.getBody());
	}

	/**
	 * Anything else is the spec's "400 general service error". The container signals undecodable or
	 * too many parameters with an IllegalStateException: expected from hostile clients, so one line;
	 * anything else may be our bug and is logged in full.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> lain(Exception ex, HttpServletRequest request) {
		if (Gangguan.basisData(ex)) {
			log.warn("Open311 {} {} answered 503, database unavailable: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			return ditolak(CobaLagiNantiException.gangguan(), request);
		}
		if (ex instanceof IllegalStateException) {
			log.warn("Open311 {} {} refused: {}", request.getMethod(), request.getRequestURI(), ex.toString());
		}
		else {
			log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		return jawab(request, HttpStatus.BAD_REQUEST, penjawab.pesanStatus(HttpStatus.BAD_REQUEST, LocaleContextHolder.getLocale()));
	}

	private ResponseEntity<byte[]> jawab(HttpServletRequest request, HttpStatus status, String deskripsi) {
		return penjawab.galat(Format.dariPath(request.getRequestURI()), status, deskripsi);
	}
}
