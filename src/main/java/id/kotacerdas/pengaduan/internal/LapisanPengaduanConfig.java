package id.kotacerdas.pengaduan.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaints' layer of the masterplan map (its GeoJSON lies under the public {@code /pengaduan/**}). */
@Configuration(proxyBeanMethods = false)
class LapisanPengaduanConfig {

	@Bean
	LapisanPengaduan lapisanPengaduan() {
		return new LapisanPengaduan();
	}
}
