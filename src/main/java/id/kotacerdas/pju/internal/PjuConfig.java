package id.kotacerdas.pju.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PjuProperties.class)
class PjuConfig {

	/** Every staff role: agencies keep the registry, officers and lurah walk patrols, leadership reads the figures. */
	@Bean
	MenuStaf menuPju() {
		return new MenuStaf("pju.menu", "/staf/pju", 60, Peran.staf(), MenuStaf.Kelompok.ASET_KOTA);
	}

	/** The street-light map is for everyone. */
	@Bean
	AksesPublik aksesPju() {
		return () -> List.of("/pju/peta", "/pju/peta.json");
	}

	@Bean
	Layanan layananPju() {
		return new Layanan("pju.layanan.judul", "pju.layanan.keterangan", "/pju/peta", 41);
	}

	@Bean
	LapisanPju lapisanPju() {
		return new LapisanPju();
	}

	@Bean
	IndikatorPju indikatorPju(AngkaPju angka, Clock clock) {
		return new IndikatorPju(angka, clock);
	}

}
