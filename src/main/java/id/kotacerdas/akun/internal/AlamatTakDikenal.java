package id.kotacerdas.akun.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Addresses no page or endpoint answers: mistyped or stale links. Letting them through gives every
 * visitor the friendly "not found" page instead of the staff sign-in, and exposes nothing, since
 * nothing is there. Static files count as unknown here; all of them are public anyway.
 */
final class AlamatTakDikenal implements RequestMatcher {

	private final HandlerMappingIntrospector pemetaan;

	AlamatTakDikenal(HandlerMappingIntrospector pemetaan) {
		this.pemetaan = pemetaan;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		boolean sudahDiurai = ServletRequestPathUtils.hasParsedRequestPath(request);
		if (!sudahDiurai) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			for (HandlerMapping m : pemetaan.getHandlerMappings()) {
				HandlerExecutionChain rantai = m.getHandler(request);
				if (rantai != null && !(rantai.getHandler() instanceof ResourceHttpRequestHandler)) {
					return false;
				}
			}
			return true;
		}
		catch (Exception ex) {
			// e.g. the address exists for another method: a known address, which stays closed
			return false;
		}
		finally {
			if (!sudahDiurai) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}
}
