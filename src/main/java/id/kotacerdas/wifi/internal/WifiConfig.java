package id.kotacerdas.wifi.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.wilayah.Wilayah;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WifiProperties.class)
class WifiConfig {

	/** The map and list are for everyone; the heartbeat authenticates by its token, so it takes no CSRF token. */
	@Bean
	AksesPublik aksesWifi() {
		return new AksesPublik() {

			@Override
			public List<String> terbuka() {
				return List.of("/wifi", "/wifi/peta.json", "/api/wifi/detak");
			}

			@Override
			public List<String> tanpaCsrf() {
				return List.of("/api/wifi/detak");
			}
		};
	}

	@Bean
	Layanan layananWifi() {
		return new Layanan("wifi.layanan.judul", "wifi.layanan.keterangan", "/wifi", 40);
	}

	@Bean
	IndikatorWifi indikatorCakupanWifi(CakupanWifi cakupan, Clock clock) {
		return new IndikatorWifi(cakupan, clock);
	}

	@Bean
	IndikatorWilayahWifi indikatorCakupanWilayahWifi(CakupanWilayahWifi cakupan, Clock clock) {
		return new IndikatorWilayahWifi(cakupan, clock);
	}

	@Bean
	DataTerbukaWifi dataTerbukaWifi(HotspotRepository repo, KesehatanWifi kesehatan, Wilayah wilayah, KatalogDataTerbuka katalog,
			KotaProperties kota, Clock clock) {
		return new DataTerbukaWifi(DataTerbukaWifi.identitas(katalog, kota), repo, kesehatan, wilayah, clock);
	}

	/** Dinas Kominfo keeps the registry; leadership reads it. */
	@Bean
	MenuStaf menuWifi() {
		return new MenuStaf("wifi.menu", "/staf/wifi", 60, java.util.EnumSet.of(Peran.ADMIN_KOMINFO, Peran.PIMPINAN), MenuStaf.Kelompok.ASET_KOTA);
	}
}
