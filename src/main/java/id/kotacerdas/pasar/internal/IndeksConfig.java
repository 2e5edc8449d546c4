package id.kotacerdas.pasar.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;

/** The public views and API of the price index, its alerts, and what it contributes to the masterplan and open data. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeringatanProperties.class)
class IndeksConfig {

	/** The trend, index, sheet and big-screen views and the index API are for everyone. */
	@Bean
	AksesPublik aksesIndeksPasar() {
		return () -> List.of("/pasar/komoditas/*", "/pasar/indeks", "/pasar/cetak", "/pasar/layar", "/api/pasar/indeks");
	}

	@Bean
	IndikatorPasar.IndeksMingguan indikatorIndeksHarga(LayananIndeks indeks, LayananHarga layanan, Clock clock) {
		return new IndikatorPasar.IndeksMingguan(indeks, layanan, clock);
	}

	@Bean
	IndikatorPasar.DiAtasHet indikatorDiAtasHet(HargaRepository harga, IndeksRepository repo, LayananHarga layanan, Clock clock) {
		return new IndikatorPasar.DiAtasHet(harga, repo, layanan, clock);
	}

	@Bean
	DataTerbukaHargaPasar dataTerbukaHargaPasar(IndeksRepository repo, KatalogDataTerbuka katalog, KotaProperties kota) {
		return new DataTerbukaHargaPasar(DataTerbukaHargaPasar.identitas(katalog, kota), repo);
	}
}
