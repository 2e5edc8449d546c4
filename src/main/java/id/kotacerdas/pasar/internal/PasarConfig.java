package id.kotacerdas.pasar.internal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasarProperties.class)
class PasarConfig {

	/** The price board is for everyone; collecting prices is under /staf. */
	@Bean
	AksesPublik aksesPasar() {
		return () -> List.of("/pasar");
	}

	@Bean
	Layanan layananHargaPasar() {
		return new Layanan("pasar.layanan.judul", "pasar.layanan.keterangan", "/pasar", 20);
	}

	/** Every role: the page itself says who may do what (the market agency's staff are officers or administrators). */
	@Bean
	MenuStaf menuHargaPasar() {
		return new MenuStaf("pasar.menu", "/staf/pasar", 45, Peran.staf(), MenuStaf.Kelompok.EKONOMI);
	}
}
