package id.kotacerdas.armada.kendaraan;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.MenuStaf;

@Configuration(proxyBeanMethods = false)
class ArmadaConfig {

	@Bean
	MenuStaf menuArmada() {
		return new MenuStaf("armada.menu", "/staf/armada", 40, Set.of("ADMIN_KOMINFO", "ADMIN_OPD", "PIMPINAN"));
	}
}
