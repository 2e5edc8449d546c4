package id.kotacerdas.iven.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Layanan;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.wilayah.Wilayah;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IvenProperties.class)
class IvenConfig {

	/** The calendar, event pages, feeds, the printable month and a community's submission form are for everyone. */
	@Bean
	AksesPublik aksesIven() {
		return () -> List.of("/iven", "/iven/**", "/api/iven/**");
	}

	@Bean
	Layanan layananKalenderIven() {
		return new Layanan("iven.layanan.judul", "iven.layanan.keterangan", "/iven", 35);
	}

	@Bean
	IndikatorIven indikatorCakupanEventKelurahan(AcaraRepository repo, Wilayah wilayah, Clock clock) {
		return new IndikatorIven(repo, wilayah, clock);
	}

	@Bean
	DataTerbukaIven dataTerbukaIven(AcaraRepository repo, PenyajiIven penyaji, MessageSource pesan, KatalogDataTerbuka katalog,
			KotaProperties kota) {
		return new DataTerbukaIven(DataTerbukaIven.identitas(katalog, kota), repo, penyaji, pesan);
	}

	/** Every staff role: kelurahan staff submit, the tourism agency reads all, others what they submitted. */
	@Bean
	MenuStaf menuIven() {
		return new MenuStaf("iven.menu", "/staf/iven", 55, Peran.staf(), MenuStaf.Kelompok.ASET_KOTA);
	}
}
