package id.kotacerdas.kepegawaian.internal.kalender;

import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PengaturanKalender.class)
class KalenderPegawaiConfig {

	/** Calendars and the DUK: the personnel administrators, not leadership. */
	@Bean
	MenuStaf menuKalenderPegawai() {
		return new MenuStaf("kepegawaian.kalender.menu", "/staf/kepegawaian/kalender", 52, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.KEPEGAWAIAN);
	}
}
