package id.kotacerdas.permohonan.internal;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PermohonanProperties.class)
class PermohonanConfig {

	/** The tracking pages are for anyone with the code; the private actions are forms with a CSRF token. */
	@Bean
	AksesPublik aksesPermohonan() {
		return () -> List.of("/c/**");
	}

	/** On the landing page: where an applicant types the tracking code they were given. */
	@Bean
	Layanan layananLacakPermohonan() {
		return new Layanan("layanan.lacak-permohonan.judul", "layanan.lacak-permohonan.keterangan", "/c", 20);
	}

	@Bean
	MenuStaf menuPermohonan() {
		return new MenuStaf("menu.permohonan", "/staf/permohonan", 15, Set.of(Peran.values()), MenuStaf.Kelompok.LAYANAN);
	}

	/** Assisted mode: the officers who serve a counter (leadership only reads). */
	@Bean
	MenuStaf menuLoketPermohonan() {
		return new MenuStaf("menu.permohonan-loket", "/staf/permohonan/loket", 16, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD, Peran.PETUGAS_TRC), MenuStaf.Kelompok.LAYANAN);
	}
}
