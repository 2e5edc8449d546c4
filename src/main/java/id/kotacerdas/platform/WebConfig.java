package id.kotacerdas.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.ObjectMapper;

/**
 * Bahasa Indonesia unless the user picks English ({@code ?lang=en}, remembered in a cookie).
 * Static files are addressed by version — the WebJar's version in its path, a content hash in
 * the name of our own files ({@code @{/css/kota.css}} renders as {@code /css/kota-<md5>.css}) — so
 * a browser keeps them for a year without asking again and a repeat visit fetches only the page.
 * Boot's default resource mappings are off ({@code spring.web.resources.add-mappings}) because
 * they cannot send {@code immutable}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	static final CacheControl ASET_BERVERSI = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

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

	/** The folders of {@code src/main/resources/static} served with versioned, immutable URLs. */
	private static final List<String> FOLDER_STATIS = List.of("css", "js", "img");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// the chain adds the WebJars locator, which puts the version into /webjars/... links
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(ASET_BERVERSI)
			.resourceChain(true);
		// each static folder on its own, not "/**": every link a page writes is offered to the chain of a
		// matching pattern, and with "/**" each page link (73 on the price board) was searched for as a
		// file in the class path on every render
		for (String folder : FOLDER_STATIS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(ASET_BERVERSI)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				.addTransformer(new CssLinkResourceTransformer());
		}
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").setCacheControl(CacheControl.maxAge(Duration.ofDays(7)));
	}
}
