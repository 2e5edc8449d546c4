package id.kotacerdas.mutu.internal;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class MutuConfig {

	/** Agencies keep their own quality records, Kominfo all of them; leadership reads. */
	@Bean
	MenuStaf menuMutu() {
		return new MenuStaf("mutu.menu", MutuController.JALUR, 76, EnumSet.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD, Peran.PIMPINAN),
				MenuStaf.Kelompok.PENGATURAN);
	}
}
