package id.kotacerdas.masterplan.internal;

import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MasterplanProperties.class)
class MasterplanConfig {

	/** The public dashboard, its indicator pages and the proofs of verified values. */
	@Bean
	AksesPublik aksesMasterplan() {
		return () -> List.of("/masterplan", "/masterplan/**");
	}

	@Bean
	Layanan layananDasborMasterplan() {
		return new Layanan("masterplan.layanan.judul", "masterplan.layanan.keterangan", "/masterplan", 95);
	}

	/** Leadership and Kominfo read the masterplan first thing: the main group. */
	@Bean
	MenuStaf menuMasterplan() {
		return new MenuStaf("masterplan.menu", "/staf/masterplan", 5, EnumSet.of(Peran.ADMIN_KOMINFO, Peran.PIMPINAN), MenuStaf.Kelompok.UTAMA);
	}

	/** Agencies enter their values with proof; Kominfo verifies them there. */
	@Bean
	MenuStaf menuIsianMasterplan() {
		return new MenuStaf("masterplan.menu-isian", "/staf/masterplan/isian", 6, EnumSet.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD),
				MenuStaf.Kelompok.UTAMA);
	}

	@Bean
	MenuStaf menuRegisterMasterplan() {
		return new MenuStaf("masterplan.menu-register", "/staf/masterplan/register", 86, EnumSet.of(Peran.ADMIN_KOMINFO),
				MenuStaf.Kelompok.PENGATURAN);
	}
}
