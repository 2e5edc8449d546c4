package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.kotacerdas.platform.Indikator.Nilai;

/** The types of the two extension points on their own: values, periods, the masterplan's structure, metadata rules. */
class IndikatorTests {

	@Test
	void aPercentageHasOneDecimalHalfUpAndNothingToDivideIsNoDataNotZero() {
		assertThat(Nilai.persen(3, 4, 4).angka()).isEqualByComparingTo("75.0");
		assertThat(Nilai.persen(3, 4, 4).angka().scale()).isEqualTo(1);
		assertThat(Nilai.persen(2, 3, 3).angka()).isEqualByComparingTo("66.7");
		assertThat(Nilai.persen(1, 8, 8).angka()).isEqualByComparingTo("12.5");
		assertThat(Nilai.persen(1, 16, 16).angka()).isEqualByComparingTo("6.3");
		assertThat(Nilai.persen(0, 5, 5).angka()).isEqualByComparingTo("0.0");
		Nilai kosong = Nilai.persen(0, 0, 0);
		assertThat(kosong.angka()).isNull();
		assertThat(kosong.adaData()).isFalse();
		assertThat(kosong.rasio()).isEqualTo(new Indikator.Rasio(0, 0));
		assertThatThrownBy(() -> Nilai.persen(-1, 4, 4)).isInstanceOf(IllegalArgumentException.class);
	}

	/** The statistics page rounds {@code Math.round(1000.0 * bagian / dari) / 10.0}; an exact figure must say the same. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 20261130 })
	void aPercentageAgreesWithTheStatisticsPagesRounding(long benih) {
		Random acak = new Random(benih);
		for (int i = 0; i < 2000; i++) {
			long dari = 1 + acak.nextInt(i < 1000 ? 50 : 5_000_000);
			long bagian = acak.nextLong(dari + 1);
			assertThat(Nilai.persen(bagian, dari, dari).angka())
				.as("%d of %d", bagian, dari)
				.isEqualByComparingTo(BigDecimal.valueOf(Math.round(1000.0 * bagian / dari) / 10.0));
		}
	}

	@Test
	void aPeriodIsAMonthOrAYearInWita() {
		Periode november = Periode.dari("2026-11");
		assertThat(november).isEqualTo(Periode.bulan(YearMonth.of(2026, 11)));
		assertThat(november.mulai()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
		assertThat(november.selesai()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
		assertThat(november.jumlahBulan()).isEqualTo(1);
		Periode tahun = Periode.dari("2026");
		assertThat(tahun).isEqualTo(Periode.tahun(2026));
		assertThat(tahun.akhir()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(tahun.jumlahBulan()).isEqualTo(12);
		assertThat(tahun.mulai()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
		assertThat(tahun.selesai()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
		assertThat(Stream.of(november, tahun).map(Periode::kode).map(Periode::dari)).containsExactly(november, tahun);
		for (String salah : new String[] { "", "26", "2026-13", "2026-1", "2026-11-01", "nov" }) {
			assertThatThrownBy(() -> Periode.dari(salah)).as(salah).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> new Periode(Periode.Jenis.TAHUN, YearMonth.of(2026, 3))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aQuarterIsThreeMonthsInWitaReadBackFromItsCode() {
		Periode t4 = Periode.dari("2026-T4");
		assertThat(t4).isEqualTo(Periode.triwulan(2026, 4));
		assertThat(t4.awal()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(t4.akhir()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(t4.jumlahBulan()).isEqualTo(3);
		assertThat(t4.mulai()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
		assertThat(t4.selesai()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
		assertThat(t4.kode()).isEqualTo("2026-T4");
		assertThat(t4.kodeNama()).isEqualTo("periode.triwulan.4");
		assertThat(Periode.memuat(Periode.Jenis.TRIWULAN, YearMonth.of(2026, 8))).isEqualTo(Periode.triwulan(2026, 3));
		for (String salah : new String[] { "2026-T0", "2026-T5", "2026-Q1", "T1" }) {
			assertThatThrownBy(() -> Periode.dari(salah)).as(salah).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> new Periode(Periode.Jenis.TRIWULAN, YearMonth.of(2026, 2))).isInstanceOf(IllegalArgumentException.class);
		// the filter: three years, this year's quarters back from the current one, twelve months
		assertThat(Periode.pilihan(YearMonth.of(2026, 11), 3, 12)).extracting(Periode::kode).startsWith("2026", "2025", "2024", "2026-T4",
				"2026-T3", "2026-T2", "2026-T1", "2026-11").hasSize(19);
	}

	@Test
	void theMasterplanHasSixDimensionsOfThreeElementsEach() {
		assertThat(DimensiKotaCerdas.values()).hasSize(6);
		assertThat(DimensiKotaCerdas.values()).allSatisfy(d -> assertThat(ElemenKotaCerdas.dari(d)).hasSize(3));
		assertThat(Arrays.stream(DimensiKotaCerdas.values()).map(ElemenKotaCerdas::dari).mapToLong(l -> l.size()).sum())
			.isEqualTo(ElemenKotaCerdas.values().length);
	}

	@Test
	void datasetCodesAndColumnNamesAreWhatCkanAndFilesAccept() {
		DataTerbuka.Metadata sah = new DataTerbuka.Metadata("statistik-pengaduan_2", "j", "k", java.util.List.of("a"),
				ElemenKotaCerdas.PELAYANAN_PUBLIK, DataTerbuka.Frekuensi.BULANAN, "CC-BY-4.0", "Dinas Kominfo", "53.71", java.util.List.of());
		assertThat(sah.kode()).isEqualTo("statistik-pengaduan_2");
		for (String salah : new String[] { "A", "x", "dengan spasi", "garis/miring" }) {
			assertThatThrownBy(() -> new DataTerbuka.Metadata(salah, "j", "k", java.util.List.of(), ElemenKotaCerdas.PELAYANAN_PUBLIK,
					DataTerbuka.Frekuensi.BULANAN, "CC-BY-4.0", "Dinas Kominfo", "53.71", java.util.List.of())).as(salah).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> new DataTerbuka.Kolom("Nama Kolom", DataTerbuka.JenisKolom.TEKS, "k"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(DataTerbuka.Frekuensi.BULANAN.iri()).isEqualTo("http://publications.europa.eu/resource/authority/frequency/MONTHLY");
	}

	@Test
	void temporalCoverageIsWholeMonthsInWita() {
		// 23.30 UTC on 31 January is 1 February in WITA
		assertThat(DataTerbuka.CakupanWaktu.bulanAntara(OffsetDateTime.parse("2026-01-31T23:30:00Z"),
				OffsetDateTime.parse("2026-03-10T01:00:00+08:00")))
			.contains(new DataTerbuka.CakupanWaktu(java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 3, 31)));
		assertThat(DataTerbuka.CakupanWaktu.bulanAntara(null, null)).isEmpty();
	}
}
