package id.kotacerdas.survei.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Layanan;

/** The survey's public pages, its entry on the landing page, and its two figures of the masterplan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveiProperties.class)
class SurveiConfig {

	/** The form is opened by the applicant's private token; the compliance page is for everyone. */
	@Bean
	AksesPublik aksesSurvei() {
		return () -> List.of("/survei/**", KepatuhanController.JALUR, KepatuhanController.JALUR + ".*");
	}

	@Bean
	Layanan layananKepatuhan() {
		return new Layanan("layanan.kepatuhan-layanan.judul", "layanan.kepatuhan-layanan.keterangan", KepatuhanController.JALUR, 25);
	}

	@Bean
	Indikator indikatorIkm(LaporanKepatuhan laporan, DaftarOpd daftarOpd, Clock clock) {
		return new IndikatorSurvei(definisi("survei.ikm", "ikm", Indikator.Satuan.INDEKS), daftarOpd, clock,
				p -> laporan.ikm(p.mulai(), p.selesai()));
	}

	@Bean
	Indikator indikatorTepatWaktu(LaporanKepatuhan laporan, DaftarOpd daftarOpd, Clock clock) {
		return new IndikatorSurvei(definisi("survei.selesai-tepat-waktu", "tepat-waktu", Indikator.Satuan.PERSEN), daftarOpd, clock,
				p -> laporan.tepatWaktu(p.mulai(), p.selesai()));
	}

	private static Indikator.Definisi definisi(String kode, String pesan, Indikator.Satuan satuan) {
		return new Indikator.Definisi(kode, "survei.indikator." + pesan + ".nama", ElemenKotaCerdas.PELAYANAN_PUBLIK, satuan,
				Indikator.Arah.NAIK_LEBIH_BAIK, "survei.indikator." + pesan + ".rumus",
				new Indikator.Sumber("survei", "survei.indikator." + pesan + ".sumber"));
	}
}
