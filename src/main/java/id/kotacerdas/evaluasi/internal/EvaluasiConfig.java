package id.kotacerdas.evaluasi.internal;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class EvaluasiConfig {

	/** Kominfo answers the evaluations; leadership downloads the bundles. */
	@Bean
	MenuStaf menuEvaluasi() {
		return new MenuStaf("evaluasi.menu", "/staf/evaluasi", 75, EnumSet.of(Peran.ADMIN_KOMINFO, Peran.PIMPINAN), MenuStaf.Kelompok.PENGATURAN);
	}
}
