package id.kotacerdas.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KotaProperties.class)
class PlatformConfig {

	/** All civil times are WITA; a single clock bean lets tests move time. */
	@Bean
	Clock clock() {
		return Clock.system(Waktu.WITA);
	}
}
