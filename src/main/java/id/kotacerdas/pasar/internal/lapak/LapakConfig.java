package id.kotacerdas.pasar.internal.lapak;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class LapakConfig {

	/** Every role, as the price pages: the page itself says who may do what. */
	@Bean
	MenuStaf menuLapakPasar() {
		return new MenuStaf("pasar.lapak.menu", "/staf/pasar/lapak", 46, Set.of(Peran.values()), MenuStaf.Kelompok.EKONOMI);
	}
}
