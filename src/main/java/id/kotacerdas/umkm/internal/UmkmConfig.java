package id.kotacerdas.umkm.internal;

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
@EnableConfigurationProperties(UmkmProperties.class)
class UmkmConfig {

	/** The directory, the business pages and the owner's registration form are for everyone. */
	@Bean
	AksesPublik aksesUmkm() {
		return () -> List.of("/umkm", "/umkm/**");
	}

	@Bean
	Layanan layananDirektoriUmkm() {
		return new Layanan("umkm.layanan.judul", "umkm.layanan.keterangan", "/umkm", 30);
	}

	@Bean
	Layanan layananDaftarUmkm() {
		return new Layanan("umkm.layanan-daftar.judul", "umkm.layanan-daftar.keterangan", "/umkm/daftar", 31);
	}

	@Bean
	IndikatorUmkm indikatorPenggunaQris(UsahaRepository repo, Clock clock) {
		return new IndikatorUmkm(repo, clock);
	}

	@Bean
	DataTerbukaUmkm dataTerbukaUmkm(UsahaRepository repo, AngkaUmkm angka, KatalogDataTerbuka katalog, KotaProperties kota) {
		return new DataTerbukaUmkm(DataTerbukaUmkm.identitas(katalog, kota), repo, angka);
	}

	/** Every role: the page shows the cooperatives agency everything, and others what they entered for an owner. */
	@Bean
	MenuStaf menuUmkm() {
		return new MenuStaf("umkm.menu", "/staf/umkm", 50, Peran.staf(), MenuStaf.Kelompok.EKONOMI);
	}
}
