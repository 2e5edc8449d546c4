package id.kotacerdas.platform;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.env.Environment;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies {@link BatasLaju}: one token bucket per limit name and client address. Runs before the
 * handler, so a refused request does no work; the exception is answered by the error advices.
 */
class BatasLajuInterceptor implements HandlerInterceptor {

	static final String AWALAN = "kc.batas-laju.";

	private final Environment env;

	private final Clock clock;

	private final Map<String, PembatasLaju> pembatas = new ConcurrentHashMap<>();

	BatasLajuInterceptor(Environment env, Clock clock) {
		this.env = env;
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod metode) {
			BatasLaju batas = metode.getMethodAnnotation(BatasLaju.class);
			if (batas != null) {
				pembatas(batas.value()).ambil(request.getRemoteAddr());
			}
		}
		return true;
	}

	PembatasLaju pembatas(String nama) {
		return pembatas.computeIfAbsent(nama, n -> new PembatasLaju(perMenit(n), clock));
	}

	/** The configured rate; throws when the setting is missing, which the start-up check turns into a failed start. */
	int perMenit(String nama) {
		Integer perMenit = env.getProperty(AWALAN + nama, Integer.class);
		if (perMenit == null || perMenit < 1) {
			throw new IllegalStateException("@BatasLaju(\"" + nama + "\") needs a positive setting " + AWALAN + nama);
		}
		return perMenit;
	}
}
