package id.kotacerdas.kepegawaian.internal.statistik;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.kepegawaian.internal.kalender.AturanKalender;
import id.kotacerdas.kepegawaian.internal.kalender.KalenderPegawai;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Indikator.Arah;
import id.kotacerdas.platform.Indikator.Definisi;
import id.kotacerdas.platform.Indikator.Satuan;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

/**
 * The statistics page in the menu (leadership included), and what personnel contributes to the
 * masterplan and open data: three figures of the bureaucracy and the anonymised composition.
 */
@Configuration(proxyBeanMethods = false)
class StatistikPegawaiConfig {

	/** Education codes of a degree: D-IV, S-1, S-2, S-3 ({@code kepegawaian.referensi}, pendidikan). */
	static final Set<String> BERGELAR = Set.of("35", "40", "45", "50");

	static final String STRUKTURAL = "1";

	static final String PEREMPUAN = "2";

	@Bean
	MenuStaf menuStatistikPegawai() {
		return new MenuStaf("kepegawaian.statistik.menu", "/staf/kepegawaian/statistik", 53,
				Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD, Peran.PIMPINAN), MenuStaf.Kelompok.KEPEGAWAIAN);
	}

	@Bean
	Indikator indikatorAsnBergelar(KalenderPegawai kalender, DaftarOpd daftarOpd, Clock clock) {
		return new IndikatorPegawai(definisi("kepegawaian.asn-bergelar", "bergelar", Arah.NAIK_LEBIH_BAIK), p -> true,
				periode -> p -> BERGELAR.contains(p.pendidikan()), kalender, daftarOpd, clock);
	}

	/** Retiring within 12 months of the period's start: the agencies that must plan replacements. */
	@Bean
	Indikator indikatorAsnPensiun(KalenderPegawai kalender, DaftarOpd daftarOpd, Clock clock) {
		return new IndikatorPegawai(definisi("kepegawaian.asn-pensiun-12-bulan", "pensiun", Arah.TURUN_LEBIH_BAIK), p -> true,
				periode -> {
					LocalDate awal = periode.awal().atDay(1);
					AturanKalender aturan = kalender.aturan();
					return p -> {
						LocalDate tmt = aturan.tmtPensiun(p);
						return !tmt.isBefore(awal) && tmt.isBefore(awal.plusMonths(12));
					};
				}, kalender, daftarOpd, clock);
	}

	@Bean
	Indikator indikatorPerempuanStruktural(KalenderPegawai kalender, DaftarOpd daftarOpd, Clock clock) {
		return new IndikatorPegawai(definisi("kepegawaian.perempuan-struktural", "perempuan-struktural", Arah.NAIK_LEBIH_BAIK),
				p -> STRUKTURAL.equals(p.jenisJabatan()), periode -> p -> PEREMPUAN.equals(p.jenisKelamin()), kalender, daftarOpd, clock);
	}

	@Bean
	DataTerbukaPegawai dataTerbukaPegawai(StatistikPegawai statistik, KalenderPegawai kalender, DaftarOpd daftarOpd, MessageSource pesan,
			KatalogDataTerbuka katalog, KotaProperties kota, Clock clock) {
		return new DataTerbukaPegawai(DataTerbukaPegawai.identitas(katalog, kota), statistik, kalender, daftarOpd, pesan, clock);
	}

	private static Definisi definisi(String kode, String pesan, Arah arah) {
		return new Definisi(kode, "kepegawaian.indikator." + pesan + ".nama", ElemenKotaCerdas.MANAJEMEN_BIROKRASI, Satuan.PERSEN, arah,
				"kepegawaian.indikator." + pesan + ".rumus", new Indikator.Sumber("kepegawaian", "kepegawaian.indikator." + pesan + ".sumber"));
	}
}
