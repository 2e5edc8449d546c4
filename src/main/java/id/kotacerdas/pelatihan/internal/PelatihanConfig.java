package id.kotacerdas.pelatihan.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PelatihanProperties.class)
class PelatihanConfig {

	/**
	 * Sign-up, the participant's and the follow-up's private pages and the trainer's check-in page are public (the
	 * last three behind a token in the address); the check-in sync is authenticated by its link's token, not a cookie.
	 */
	@Bean
	AksesPublik aksesPelatihan() {
		return new AksesPublik() {
			@Override
			public List<String> terbuka() {
				return List.of("/pelatihan", "/pelatihan/**");
			}

			@Override
			public List<String> tanpaCsrf() {
				return List.of("/pelatihan/absen/**");
			}
		};
	}

	@Bean
	Layanan layananJadwalPelatihan() {
		return new Layanan("pelatihan.layanan.judul", "pelatihan.layanan.keterangan", "/pelatihan", 32);
	}

	/** Every role: agencies see their own programmes, Kominfo and leadership all of them. */
	@Bean
	MenuStaf menuPelatihan() {
		return new MenuStaf("pelatihan.menu", "/staf/pelatihan", 51, Peran.staf(), MenuStaf.Kelompok.EKONOMI);
	}

	@Bean
	IndikatorPelatihan indikatorUmkmDilatih(PelatihanRepository repo, PelatihanProperties properti, Clock clock) {
		return new IndikatorPelatihan(repo, properti.targetDilatih(), clock);
	}

	@Bean
	DataTerbukaPelatihan dataTerbukaPelatihan(PelatihanRepository repo, PenyajiPelatihan penyaji, KatalogDataTerbuka katalog, KotaProperties kota,
			Clock clock) {
		return new DataTerbukaPelatihan(DataTerbukaPelatihan.identitas(katalog, kota), repo, penyaji, clock);
	}
}
