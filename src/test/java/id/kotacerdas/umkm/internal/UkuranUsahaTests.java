package id.kotacerdas.umkm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

import id.kotacerdas.qris.KriteriaMerchant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Both size classifications exactly at their thresholds (PP 7/2021 for the registry, Bank Indonesia's for QRIS). */
class UkuranUsahaTests {

	private final UkuranUsaha ukuran = new UkuranUsaha();

	@ParameterizedTest
	@CsvSource({ "0, MIKRO", "1000000000, MIKRO", "1000000001, KECIL", "5000000000, KECIL", "5000000001, MENENGAH",
			"10000000000, MENENGAH", "10000000001, BESAR" })
	void capitalExcludingLandAndBuildings(long modal, KelasUsaha kelas) {
		assertThat(ukuran.menurutModal(modal)).isEqualTo(kelas);
	}

	@ParameterizedTest
	@CsvSource({ "0, MIKRO", "2000000000, MIKRO", "2000000001, KECIL", "15000000000, KECIL", "15000000001, MENENGAH",
			"50000000000, MENENGAH", "50000000001, BESAR" })
	void annualSales(long penjualan, KelasUsaha kelas) {
		assertThat(ukuran.menurutPenjualan(penjualan)).isEqualTo(kelas);
	}

	@ParameterizedTest
	@CsvSource({ "0, UMI", "300000000, UMI", "300000001, UKE", "2000000000, UKE", "2500000000, UKE", "2500000001, UME",
			"50000000000, UME", "50000000001, UBE" })
	void qrisMerchantCriterionUsesBankIndonesiasOwnThresholds(long penjualan, KriteriaMerchant kriteria) {
		assertThat(ukuran.kriteriaQris(penjualan)).isEqualTo(kriteria);
	}

	/** Exactly Rp2 bn of sales: micro for PP 7/2021, already small for QRIS — the two differ, as the issue says. */
	@Test
	void theTwoClassificationsDisagreeAtTwoBillion() {
		assertThat(ukuran.kelas(null, 2_000_000_000L)).isEqualTo(KelasUsaha.MIKRO);
		assertThat(ukuran.kriteriaQris(2_000_000_000L)).isEqualTo(KriteriaMerchant.UKE);
	}

	@Test
	void annualSalesDecideWhenCapitalDisagreesCapitalOnlyWithoutSales() {
		// capital says small (Rp1.5 bn), sales say micro (Rp1.8 bn a year): a running business is classed by its sales
		assertThat(ukuran.kelas(1_500_000_000L, 1_800_000_000L)).isEqualTo(KelasUsaha.MIKRO);
		assertThat(ukuran.kelas(1_500_000_000L, null)).isEqualTo(KelasUsaha.KECIL);
		assertThat(ukuran.kelas(null, null)).isNull();
		assertThat(ukuran.kriteriaQris(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(longs = { -1, Long.MIN_VALUE })
	void negativeAmountsAreRefused(long rupiah) {
		assertThatThrownBy(() -> ukuran.menurutModal(rupiah)).isInstanceOf(IllegalArgumentException.class);
	}

	/** More money never gives a smaller class, on either scale. */
	@Test
	void classesNeverShrinkAsAmountsGrow() {
		Random acak = new Random(20260914);
		for (int i = 0; i < 2_000; i++) {
			long a = (long) (acak.nextDouble() * 80_000_000_000L);
			long b = a + (long) (acak.nextDouble() * 5_000_000_000L);
			assertThat(ukuran.menurutModal(b)).isGreaterThanOrEqualTo(ukuran.menurutModal(a));
			assertThat(ukuran.menurutPenjualan(b)).isGreaterThanOrEqualTo(ukuran.menurutPenjualan(a));
			assertThat(ukuran.kriteriaQris(b)).isGreaterThanOrEqualTo(ukuran.kriteriaQris(a));
		}
	}
}
