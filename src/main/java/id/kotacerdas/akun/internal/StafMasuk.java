package id.kotacerdas.akun.internal;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A controller method's {@link Staf} parameter is the signed-in staff member ({@link AkunStaf#stafSaatIni()},
 * read once per request), or the request is refused with 403. Resolved by type, with no annotation, so
 * a {@code Staf} parameter can never be bound from request parameters instead.
 */
@Configuration(proxyBeanMethods = false)
class StafMasuk implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static {
		// who is signed in is no parameter of the API: its documentation does not list it
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Staf.class);
	}

	private final AkunStaf akun;

	StafMasuk(AkunStaf akun) {
		this.akun = akun;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Staf.class;
	}

	@Override
	public Staf resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
			WebDataBinderFactory binderFactory) {
		return akun.stafSaatIni().orElseThrow(() -> new PermintaanDitolakException(HttpStatus.FORBIDDEN, "galat.403"));
	}
}
