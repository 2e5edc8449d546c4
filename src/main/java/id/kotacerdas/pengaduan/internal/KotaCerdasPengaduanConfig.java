package id.kotacerdas.pengaduan.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Indikator.Arah;
import id.kotacerdas.platform.Indikator.Definisi;
import id.kotacerdas.platform.Indikator.Nilai;
import id.kotacerdas.platform.Indikator.Satuan;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.wilayah.Wilayah;

/** What complaints contribute to the masterplan and open data: three public-service figures and the monthly statistics. */
@Configuration(proxyBeanMethods = false)
class KotaCerdasPengaduanConfig {

	private static final Indikator.Sumber SUMBER = new Indikator.Sumber("pengaduan", "pengaduan.indikator.sumber");

	@Bean
	Indikator indikatorResponsTepatWaktu(KueriIndikatorPengaduan kueri, DaftarOpd daftarOpd, Wilayah wilayah, Clock clock) {
		return new IndikatorPengaduan(definisi("pengaduan.respons-tepat-waktu", "respons", Arah.NAIK_LEBIH_BAIK),
				j -> Nilai.persen(j.responsTepat(), j.responsJatuhTempo(), j.diterima()), kueri, daftarOpd, wilayah, clock);
	}

	/** The statistics page's on-time rate. */
	@Bean
	Indikator indikatorSelesaiTepatWaktu(KueriIndikatorPengaduan kueri, DaftarOpd daftarOpd, Wilayah wilayah, Clock clock) {
		return new IndikatorPengaduan(definisi("pengaduan.selesai-tepat-waktu", "selesai", Arah.NAIK_LEBIH_BAIK),
				j -> Nilai.persen(j.selesaiTepat(), j.selesaiJatuhTempo(), j.diterima()), kueri, daftarOpd, wilayah, clock);
	}

	/** The statistics page's re-opened share: of the reports received. */
	@Bean
	Indikator indikatorDibukaKembali(KueriIndikatorPengaduan kueri, DaftarOpd daftarOpd, Wilayah wilayah, Clock clock) {
		return new IndikatorPengaduan(definisi("pengaduan.dibuka-kembali", "dibuka-kembali", Arah.TURUN_LEBIH_BAIK),
				j -> Nilai.persen(j.dibukaKembali(), j.diterima(), j.diterima()), kueri, daftarOpd, wilayah, clock);
	}

	@Bean
	DataTerbukaPengaduan dataTerbukaPengaduan(KueriIndikatorPengaduan kueri, DaftarOpd daftarOpd, Wilayah wilayah,
			KatalogDataTerbuka katalog, KotaProperties kota) {
		return new DataTerbukaPengaduan(DataTerbukaPengaduan.identitas(katalog, kota), kueri, daftarOpd, wilayah);
	}

	private static Definisi definisi(String kode, String pesan, Arah arah) {
		return new Definisi(kode, "pengaduan.indikator." + pesan + ".nama", ElemenKotaCerdas.PELAYANAN_PUBLIK, Satuan.PERSEN, arah,
				"pengaduan.indikator." + pesan + ".rumus", SUMBER);
	}
}
