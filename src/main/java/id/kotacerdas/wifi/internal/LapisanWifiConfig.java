package id.kotacerdas.wifi.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;

/** The Wi-Fi layer of the masterplan map and its public GeoJSON. */
@Configuration(proxyBeanMethods = false)
class LapisanWifiConfig {

	@Bean
	LapisanWifi lapisanWifi() {
		return new LapisanWifi();
	}

	@Bean
	AksesPublik aksesLapisanWifi() {
		return () -> List.of(LapisanWifiController.URL);
	}
}
