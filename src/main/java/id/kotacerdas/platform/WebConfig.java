package id.kotacerdas.platform;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.ObjectMapper;

/** Bahasa Indonesia unless the user picks English ({@code ?lang=en}, remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("kc-bahasa");
		resolver.setDefaultLocale(INDONESIA);
		return resolver;
	}

	@Bean
	FilterRegistrationBean<PenjagaMasukan> penjagaMasukan(ObjectMapper json, MessageSource pesan, LocaleResolver localeResolver,
			@Qualifier("thymeleafViewResolver") ViewResolver halaman, @Value("${server.tomcat.max-http-form-post-size}") DataSize formMaks) {
		var registrasi = new FilterRegistrationBean<>(new PenjagaMasukan(json, (int) formMaks.toBytes(), pesan, localeResolver, halaman));
		registrasi.setOrder(PenjagaMasukan.URUTAN);
		registrasi.setDispatcherTypes(DispatcherType.REQUEST);
		return registrasi;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
