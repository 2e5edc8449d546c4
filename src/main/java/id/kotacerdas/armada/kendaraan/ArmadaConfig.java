package id.kotacerdas.armada.kendaraan;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
class ArmadaConfig {

	@Bean
	MenuStaf menuArmada() {
		return new MenuStaf("armada.menu", "/staf/armada", 40, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD, Peran.PIMPINAN), MenuStaf.Kelompok.ASET_KOTA);
	}
}
