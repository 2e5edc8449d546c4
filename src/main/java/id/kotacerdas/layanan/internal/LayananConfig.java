package id.kotacerdas.layanan.internal;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LayananProperties.class)
class LayananConfig {

	/** The catalogue, the service pages, applying and replacing documents by the private link are for everyone. */
	@Bean
	AksesPublik aksesLayanan() {
		return () -> List.of("/layanan", "/layanan/**");
	}

	/** On the landing page. */
	@Bean
	Layanan layananKatalog() {
		return new Layanan("layanan.beranda.judul", "layanan.beranda.keterangan", "/layanan", 15);
	}

	/** The catalogue's administration, for those who may edit a service (Kominfo, agency administrators). */
	@Bean
	MenuStaf menuLayanan() {
		return new MenuStaf("menu.layanan", "/staf/layanan", 16, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.LAYANAN);
	}
}
