package id.kotacerdas.platform;

import java.time.Clock;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Bahasa Indonesia unless the user picks English ({@code ?lang=en}, remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	private final BatasLajuInterceptor batasLaju;

	WebConfig(Environment env, Clock clock) {
		this.batasLaju = new BatasLajuInterceptor(env, clock);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("kc-bahasa");
		resolver.setDefaultLocale(INDONESIA);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(batasLaju);
	}

	/** Every {@link BatasLaju} names a configured limit: checked at start rather than on a citizen's first request. */
	@Bean
	SmartInitializingSingleton periksaBatasLaju(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> pemetaan) {
		return () -> pemetaan.ifAvailable(p -> p.getHandlerMethods().values().forEach(metode -> {
			BatasLaju batas = metode.getMethodAnnotation(BatasLaju.class);
			if (batas != null) {
				batasLaju.perMenit(batas.value());
			}
		}));
	}
}
