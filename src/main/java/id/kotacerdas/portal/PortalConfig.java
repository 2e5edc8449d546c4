package id.kotacerdas.portal;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class PortalConfig {

	@Bean
	AksesPublik aksesPortal() {
		return () -> List.of("/", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error");
	}

	@Bean
	Layanan layananPetaWilayah() {
		return new Layanan("layanan.peta.judul", "layanan.peta.keterangan", "/#peta", 90);
	}

	@Bean
	MenuStaf menuDasbor() {
		return new MenuStaf("menu.dasbor", "/staf", 0, Set.of(Peran.values()), MenuStaf.Kelompok.UTAMA);
	}
}
