package id.kotacerdas.pasar.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;

@Configuration(proxyBeanMethods = false)
class DataPasarConfig {

	/** The public download of daily city averages and the observations API: no sign-in. */
	@Bean
	AksesPublik aksesDataPasar() {
		return () -> List.of("/pasar/rata-rata.*", "/api/pasar/harga", "/api/pasar/pasar", "/api/pasar/komoditas");
	}
}
