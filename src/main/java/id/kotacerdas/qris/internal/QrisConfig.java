package id.kotacerdas.qris.internal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QrisProperties.class)
class QrisConfig {

	@Bean
	TarifMdr tarifMdr(QrisProperties properti) {
		return TarifMdr.dari(properti.tarifMdr());
	}

	@Bean
	AksesPublik aksesQris() {
		return new AksesPublik() {

			@Override
			public List<String> terbuka() {
				return List.of("/qris", "/qris/periksa", "/qris/callback/**");
			}

			@Override
			public List<String> tanpaCsrf() {
				// acquirers' servers sign their notifications instead
				return List.of("/qris/callback/**");
			}
		};
	}
}
