package id.kotacerdas.open311.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Open311 is meant for other people's apps, many of them in browsers: any origin may read, and
 * POST too (authorisation is the api_key parameter, never a cookie).
 */
@Configuration(proxyBeanMethods = false)
class Open311Cors implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/open311/v2/**").allowedOrigins("*").allowedMethods("GET", "POST").allowCredentials(false);
	}
}
