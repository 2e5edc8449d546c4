package id.kotacerdas.platform;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON APIs answer errors as RFC 9457 problem details whose text is in the caller's language
 * (Indonesian unless asked otherwise). Client mistakes are always 4xx.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private final MessageSource pesan;

	ApiExceptionHandler(MessageSource pesan) {
		this.pesan = pesan;
	}

	@ExceptionHandler(PermintaanDitolakException.class)
	ProblemDetail ditolak(PermintaanDitolakException ex, Locale locale) {
		return problem(ex.status(), pesan.getMessage(ex.kodePesan(), ex.argumen(), ex.kodePesan(), locale));
	}

	/** 429 and 503 tell the client when to come back. */
	@ExceptionHandler(CobaLagiNantiException.class)
	ResponseEntity<ProblemDetail> cobaLagi(CobaLagiNantiException ex, Locale locale) {
		return ResponseEntity.status(ex.status()).header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.detik())).body(ditolak(ex, locale));
	}

	/** The database is unreachable: a service answer (503, try again), not a bug (500). */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class, SQLTransientConnectionException.class, SQLNonTransientConnectionException.class })
	ResponseEntity<ProblemDetail> gangguan(Exception ex, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
		GangguanFilter.catat(request, ex);
		return cobaLagi(CobaLagiNantiException.gangguan(), locale);
	}

	/** Every refused field at once, by its name, besides the first problem as the detail. */
	@ExceptionHandler(IsianDitolakException.class)
	ProblemDetail isianDitolak(IsianDitolakException ex, Locale locale) {
		ProblemDetail problem = ditolak(ex, locale);
		problem.setProperty("galat", ex.pesan(pesan, locale));
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail tipeSalah(MethodArgumentTypeMismatchException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, pesan.getMessage("galat.parameter-tidak-valid", new Object[] { ex.getName() }, locale));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail parameterKurang(MissingServletRequestParameterException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, pesan.getMessage("galat.parameter-wajib", new Object[] { ex.getParameterName() }, locale));
	}

	@ExceptionHandler({ BindException.class, HandlerMethodValidationException.class })
	ProblemDetail tidakValid(Exception ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, pesan.getMessage("galat.data-tidak-valid", null, locale));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail tidakTerbaca(HttpMessageNotReadableException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, pesan.getMessage("galat.isi-tidak-terbaca", null, locale));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail metode(HttpRequestMethodNotSupportedException ex, Locale locale) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, pesan.getMessage("galat.metode", null, locale));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail jenisIsi(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, pesan.getMessage("galat.jenis-isi", null, locale));
	}

	static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}
}
