package id.kotacerdas.armada.laporan;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.armada.Armada;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Indikator.Arah;
import id.kotacerdas.platform.Indikator.Definisi;
import id.kotacerdas.platform.Indikator.Satuan;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;

/** What the fleet contributes to the masterplan and open data: two figures of managing the city's assets, and the monthly fuel. */
@Configuration(proxyBeanMethods = false)
class KotaCerdasArmadaConfig {

	@Bean
	Indikator indikatorKendaraanTerlacak(KueriIndikatorArmada kueri, DaftarOpd daftarOpd, Clock clock) {
		return new IndikatorArmada(definisi("armada.kendaraan-terlacak", "terlacak", Arah.NAIK_LEBIH_BAIK),
				p -> kueri.terlacak(p.mulai(), p.selesai()), daftarOpd, clock);
	}

	@Bean
	Indikator indikatorBelanjaBbm(KueriIndikatorArmada kueri, DaftarOpd daftarOpd, Clock clock) {
		return new IndikatorArmada(definisi("armada.belanja-bbm-terhadap-anggaran", "belanja-bbm", Arah.TURUN_LEBIH_BAIK),
				p -> kueri.belanjaBbm(p.mulai(), p.selesai(), p.jumlahBulan()), daftarOpd, clock);
	}

	@Bean
	DataTerbukaBbm dataTerbukaBbm(KueriIndikatorArmada kueri, Armada armada, DaftarOpd daftarOpd, KatalogDataTerbuka katalog,
			KotaProperties kota) {
		return new DataTerbukaBbm(DataTerbukaBbm.identitas(katalog, kota), kueri, armada, daftarOpd);
	}

	private static Definisi definisi(String kode, String pesan, Arah arah) {
		return new Definisi(kode, "armada.indikator." + pesan + ".nama", ElemenKotaCerdas.MANAJEMEN_BIROKRASI, Satuan.PERSEN, arah,
				"armada.indikator." + pesan + ".rumus", new Indikator.Sumber("armada", "armada.indikator." + pesan + ".sumber"));
	}
}
