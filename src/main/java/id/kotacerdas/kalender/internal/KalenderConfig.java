package id.kotacerdas.kalender.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.MenuStaf;

@Configuration(proxyBeanMethods = false)
class KalenderConfig {

	@Bean
	MenuStaf menuHariLibur() {
		return new MenuStaf("kalender.menu", HariLiburController.JALUR, 81, Set.of(Peran.ADMIN_KOMINFO), MenuStaf.Kelompok.PENGATURAN);
	}
}
