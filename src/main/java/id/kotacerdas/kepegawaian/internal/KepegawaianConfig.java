package id.kotacerdas.kepegawaian.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class KepegawaianConfig {

	@Bean
	MenuStaf menuKepegawaian() {
		return new MenuStaf("kepegawaian.menu", "/staf/kepegawaian", 50, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.KEPEGAWAIAN);
	}

	/** Every staff member may be an employee: officers reach their own record here. */
	@Bean
	MenuStaf menuDataSaya() {
		return new MenuStaf("kepegawaian.saya", "/staf/kepegawaian/saya", 51, Set.of(Peran.values()), MenuStaf.Kelompok.KEPEGAWAIAN);
	}
}
