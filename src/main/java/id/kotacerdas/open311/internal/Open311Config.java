package id.kotacerdas.open311.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.PembatasLaju;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311Properties.class)
class Open311Config {

	/** The POST rate limits: one per client IP address, one per API key. */
	record Pembatas(PembatasLaju ip, PembatasLaju kunci) {

		void kosongkan() {
			ip.kosongkan();
			kunci.kosongkan();
		}
	}

	/** Open to everyone; POSTs authenticate with an API key, so no CSRF token. */
	@Bean
	AksesPublik aksesOpen311() {
		return new AksesPublik() {

			@Override
			public List<String> terbuka() {
				return List.of("/open311", "/open311/**");
			}

			@Override
			public List<String> tanpaCsrf() {
				return List.of("/open311/**");
			}
		};
	}

	@Bean
	Layanan layananOpen311() {
		return new Layanan("layanan.open311.judul", "layanan.open311.keterangan", "/open311", 90);
	}

	@Bean
	Pembatas pembatasOpen311(Open311Properties properti, Clock clock) {
		return new Pembatas(new PembatasLaju(properti.postPerMenitIp(), clock), new PembatasLaju(properti.postPerMenitKunci(), clock));
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> open311Tomcat(ObjectProvider<Penjawab> penjawab) {
		return factory -> factory.addEngineValves(new Open311TomcatValve(penjawab));
	}

	/** Ahead of Spring Security, so even what its firewall refuses is answered in Open311 format. */
	@Bean
	FilterRegistrationBean<Open311Filter> open311Filter(Penjawab penjawab, LocaleResolver localeResolver) {
		FilterRegistrationBean<Open311Filter> registrasi = new FilterRegistrationBean<>(new Open311Filter(penjawab, localeResolver));
		registrasi.addUrlPatterns("/open311/*");
		registrasi.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registrasi;
	}
}
