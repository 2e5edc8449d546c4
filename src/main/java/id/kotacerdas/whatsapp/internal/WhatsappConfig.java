package id.kotacerdas.whatsapp.internal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatsappProperties.class)
class WhatsappConfig {

	/** The platform calls the webhook without a session; the signature is its authentication, so no CSRF token. */
	@Bean
	AksesPublik aksesWhatsapp() {
		return new AksesPublik() {

			@Override
			public List<String> terbuka() {
				return List.of("/whatsapp/webhook");
			}

			@Override
			public List<String> tanpaCsrf() {
				return List.of("/whatsapp/webhook");
			}
		};
	}
}
