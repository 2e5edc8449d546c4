package id.kotacerdas.qris.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.qris.PenyediaPembayaran;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QrisProperties.class)
class QrisConfig {

	@Bean
	TarifMdr tarifMdr(QrisProperties properti) {
		return TarifMdr.dari(properti.tarifMdr());
	}

	/** The configured signed-JSON acquirers, and every adapter bean (BI SNAP, a bank's own API). */
	@Bean
	DaftarPenyedia daftarPenyedia(QrisProperties properti, ObjectProvider<PenyediaPembayaran> adaptor, ObjectMapper json) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<PenyediaPembayaran> semua = new ArrayList<>(adaptor.orderedStream().toList());
		properti.penyedia().forEach(p -> semua.add(new PenyediaHmac(p, json, http)));
		return new DaftarPenyedia(semua);
	}

	@Bean
	Layanan layananPeriksaQris() {
		return new Layanan("qris.layanan.judul", "qris.layanan.keterangan", "/qris", 50);
	}

	@Bean
	MenuStaf menuQris() {
		return new MenuStaf("qris.menu", "/staf/qris", 60, java.util.Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.EKONOMI);
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
