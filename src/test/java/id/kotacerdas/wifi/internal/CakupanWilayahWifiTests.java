package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;

/**
 * ISO 37122's area coverage on the real registry and region boundaries: in January 2019 (a month no other test
 * monitors) two hotspots 100 m apart inside Kelurahan Fatululi are up all month and a third is up a third of it; the
 * area within the 100 m reach is the two discs' union by hand, and the indicator is that area of the city's.
 */
@IntegrationTest
class CakupanWilayahWifiTests {

	private static final YearMonth JANUARI = YearMonth.of(2019, 1);

	@Autowired
	RegisterWifi register;

	@Autowired
	HotspotRepository repo;

	@Autowired
	WifiProperties properti;

	@Autowired
	CakupanWilayahWifi cakupan;

	@Autowired
	List<Indikator> indikator;

	@Test
	void theAreaWithinReachOfWorkingHotspotsIsTheUnionOfTheirDiscsByHand() {
		Instant awal = JANUARI.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		Instant akhir = JANUARI.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		double lat = -10.16347;
		// 100 m apart east–west: 0.000913° of longitude at 10.16° S on the WGS84 ellipsoid (N = 6,378,795 m)
		double dBujur = Math.toDegrees(100 / (6_378_795.0 * Math.cos(Math.toRadians(lat))));
		long barat = HotspotUji.kantorKelurahan(register, "Wi-Fi Fatululi barat wilayah", HotspotUji.FATULULI, String.valueOf(lat), "123.60859");
		long timur = HotspotUji.tempat(register, "Wi-Fi Fatululi timur wilayah", "TAMAN", null, HotspotUji.FATULULI, String.valueOf(lat),
				String.valueOf(123.60859 + dBujur));
		long jarang = HotspotUji.tempat(register, "Wi-Fi Fatululi jarang hidup", "TAMAN", null, HotspotUji.FATULULI, "-10.16000", "123.60500");
		for (long id : new long[] { barat, timur, jarang }) {
			repo.mulaiPantau(id, awal);
		}
		repo.catatHidupRentang(barat, awal, akhir, properti.slot(), KesehatanWifi.DETAK);
		repo.catatHidupRentang(timur, awal, akhir, properti.slot(), KesehatanWifi.PROBE);
		repo.catatHidupRentang(jarang, awal, awal.plus(java.time.Duration.ofDays(10)), properti.slot(), KesehatanWifi.DETAK);

		double r = properti.jangkauanM();
		double d = 100;
		double gabungan = 2 * Math.PI * r * r - (2 * r * r * Math.acos(d / (2 * r)) - d / 2 * Math.sqrt(4 * r * r - d * d));
		LuasJangkauan.Hasil h = cakupan.hitung(awal, akhir);
		assertThat(r).isEqualTo(100);
		assertThat(h.titik()).isEqualTo(2);
		assertThat(h.terjangkauM2()).isCloseTo(gabungan, within(gabungan * 0.001));
		// Kota Kupang is about 180 km²
		assertThat(h.wilayahM2()).isBetween(150e6, 200e6);

		Indikator wilayah = indikator.stream().filter(i -> i.definisi().kode().equals("wifi.cakupan-wilayah-kota")).findFirst().orElseThrow();
		Indikator.Hasil hasil = wilayah.hitung(Periode.bulan(JANUARI));
		assertThat(hasil.kota().angka()).isEqualByComparingTo(BigDecimal.valueOf(gabungan * 100 / h.wilayahM2()).setScale(1, RoundingMode.HALF_UP));
		assertThat(hasil.kota().rasio().pembilang()).isCloseTo(Math.round(gabungan), within(60L));
		assertThat(hasil.kota().jumlahCatatan()).isEqualTo(2);
		// the place-based indicator is still there
		assertThat(indikator).anyMatch(i -> i.definisi().kode().equals("wifi.cakupan-tempat-layanan"));
	}
}
