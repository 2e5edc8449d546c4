package id.kotacerdas.jalan.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class JalanConfig {

	/** Every staff role reads the register; surveys are for the owning agency's staff. */
	@Bean
	MenuStaf menuJalan() {
		return new MenuStaf("jalan.menu", "/staf/jalan", 61, Peran.staf(), MenuStaf.Kelompok.ASET_KOTA);
	}

	/** The roads' map layer is public. */
	@Bean
	AksesPublik aksesJalan() {
		return () -> List.of("/jalan/peta.json");
	}

	@Bean
	LapisanJalan lapisanJalan() {
		return new LapisanJalan();
	}

	@Bean
	IndikatorJalan indikatorJalan(RuasRepository repo, Clock clock) {
		return new IndikatorJalan(repo, clock);
	}
}
