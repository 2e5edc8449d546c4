package id.kotacerdas.kepegawaian.internal.siasn;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class SiasnConfig {

	/** BKPPD and Kominfo import and see the city's score; an agency's admin sees the agency's fix-list. */
	@Bean
	MenuStaf menuSiasn() {
		return new MenuStaf("siasn.menu", "/staf/kepegawaian/siasn", 52, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.KEPEGAWAIAN);
	}
}
