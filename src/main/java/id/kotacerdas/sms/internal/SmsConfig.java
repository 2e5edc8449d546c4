package id.kotacerdas.sms.internal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import id.kotacerdas.platform.AksesPublik;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfig {

	/** The gateway authenticates by its signature, so no login and no CSRF token. */
	@Bean
	AksesPublik aksesSms() {
		return new AksesPublik() {

			@Override
			public List<String> terbuka() {
				return List.of(SmsMasukController.JALUR);
			}

			@Override
			public List<String> tanpaCsrf() {
				return List.of(SmsMasukController.JALUR);
			}
		};
	}

	@Bean
	FilterRegistrationBean<BadanMentahFilter> smsBadanMentah() {
		FilterRegistrationBean<BadanMentahFilter> registrasi = new FilterRegistrationBean<>(new BadanMentahFilter());
		registrasi.addUrlPatterns(SmsMasukController.JALUR);
		registrasi.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registrasi;
	}
}
