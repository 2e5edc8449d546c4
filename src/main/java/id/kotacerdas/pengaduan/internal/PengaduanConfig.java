package id.kotacerdas.pengaduan.internal;

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
@EnableConfigurationProperties(PengaduanProperties.class)
class PengaduanConfig {

	/** Filing by JSON takes no CSRF token: it accepts only application/json, which no cross-site form can send. */
	@Bean
	AksesPublik aksesPengaduan() {
		return new AksesPublik() {

			@Override
			public List<String> terbuka() {
				return List.of("/pengaduan", "/pengaduan/**", "/api/pengaduan/**");
			}

			@Override
			public List<String> tanpaCsrf() {
				return List.of("/api/pengaduan");
			}
		};
	}

	@Bean
	Layanan layananPengaduan() {
		return new Layanan("layanan.pengaduan.judul", "layanan.pengaduan.keterangan", "/pengaduan/baru", 10);
	}

	@Bean
	Layanan layananDaftarPengaduan() {
		return new Layanan("layanan.daftar-pengaduan.judul", "layanan.daftar-pengaduan.keterangan", "/pengaduan", 11);
	}

	@Bean
	MenuStaf menuPengaduan() {
		return new MenuStaf("menu.pengaduan", "/staf/pengaduan", 10, Peran.staf(), MenuStaf.Kelompok.PENGADUAN);
	}

	@Bean
	MenuStaf menuKategoriPengaduan() {
		return new MenuStaf("menu.kategori-pengaduan", "/admin/pengaduan/kategori", 12, Set.of(Peran.ADMIN_KOMINFO), MenuStaf.Kelompok.PENGADUAN);
	}

	@Bean
	MenuStaf menuStatistikPengaduan() {
		return new MenuStaf("menu.statistik-pengaduan", "/staf/pengaduan/statistik", 11, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD, Peran.PIMPINAN), MenuStaf.Kelompok.PENGADUAN);
	}
}
