package id.kotacerdas.satudata.internal.portal;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.satudata.internal.unggah.PortalDataProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalDataProperties.class)
class PortalDataConfig {

	/** The portal, its downloads and the request form are for everyone. */
	@Bean
	AksesPublik aksesPortalData() {
		return () -> List.of("/data", "/data/**");
	}

	@Bean
	Layanan layananPortalData() {
		return new Layanan("satudata-portal.layanan.judul", "satudata-portal.layanan.keterangan", "/data", 40);
	}

	@Bean
	MenuStaf menuDataTerbuka() {
		return new MenuStaf("satudata-portal.menu.data", "/staf/data", 60,
				Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD, Peran.PETUGAS_TRC, Peran.PIMPINAN), MenuStaf.Kelompok.PENGATURAN);
	}

	@Bean
	MenuStaf menuPermintaanData() {
		return new MenuStaf("satudata-portal.menu.permintaan", "/staf/data/permintaan", 61, Set.of(Peran.ADMIN_KOMINFO), MenuStaf.Kelompok.PENGATURAN);
	}
}
