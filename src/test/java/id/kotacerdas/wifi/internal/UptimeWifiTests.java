package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Uptime, cost per available hour and coverage computed from seeded heartbeats match a hand calculation. March 2025
 * (31 days, WITA) in slots of 5 minutes: 31 × 288 = 8,928 slots. Nothing else in the shared database was monitored
 * then: other tests' hotspots start monitoring when they run.
 */
@IntegrationTest
class UptimeWifiTests {

	private static final YearMonth MARET = YearMonth.of(2025, 3);

	@Autowired
	RegisterWifi register;

	@Autowired
	HotspotRepository repo;

	@Autowired
	KesehatanWifi kesehatan;

	@Autowired
	CakupanWifi cakupan;

	@Autowired
	IndikatorWifi indikator;

	@Autowired
	WifiProperties properti;

	@Autowired
	Wilayah wilayah;

	static long fatululi;

	static long taman;

	static long pasar;

	static long oebobo;

	private static Instant wita(int hari, int jam) {
		return LocalDateTime.of(2025, 3, hari, jam, 0).atZone(Waktu.WITA).toInstant();
	}

	private static final Instant AWAL = wita(1, 0);

	private static final Instant AKHIR = MARET.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();

	@BeforeEach
	void benih() {
		if (fatululi != 0) {
			return;
		}
		Duration slot = properti.slot();
		Instant februari = wita(1, 0).minus(Duration.ofDays(9));
		// A: Kantor Kelurahan Fatululi, monitored since February; down on 10 March 08:00–20:00 WITA (12 h = 144 slots)
		fatululi = HotspotUji.kantorKelurahan(register, "Wi-Fi Kantor Kelurahan Fatululi uji", HotspotUji.FATULULI, "-10.16347", "123.60859");
		repo.mulaiPantau(fatululi, februari);
		repo.catatHidupRentang(fatululi, februari, wita(10, 8), slot, KesehatanWifi.DETAK);
		repo.catatHidupRentang(fatululi, wita(10, 20), AKHIR.plus(Duration.ofDays(3)), slot, KesehatanWifi.DETAK);
		// B: Taman Nostalgia, monitored from 16 March 00:00; silent every night 00:00–06:00 (72 of 288 slots a day)
		taman = HotspotUji.tempat(register, "Wi-Fi Taman Nostalgia uji", "TAMAN", "taman-nostalgia", HotspotUji.FATULULI, "-10.16270", "123.60830");
		repo.mulaiPantau(taman, wita(16, 0));
		for (int hari = 16; hari <= 31; hari++) {
			repo.catatHidupRentang(taman, wita(hari, 6), hari == 31 ? AKHIR : wita(hari + 1, 0), slot, KesehatanWifi.PROBE);
		}
		// C: Pasar Oeba, up all month by probe, but Kominfo marked it out of order
		pasar = HotspotUji.tempat(register, "Wi-Fi Pasar Oeba uji", "PASAR", "pasar-oeba", HotspotUji.FATUBESI, "-10.15600", "123.59250");
		repo.mulaiPantau(pasar, februari);
		repo.catatHidupRentang(pasar, februari, AKHIR, slot, KesehatanWifi.PROBE);
		Map<String, String> gangguan = new java.util.HashMap<>(HotspotUji.isian("x", "PASAR", HotspotUji.FATUBESI, "-10.15600", "123.59250"));
		Hotspot p = repo.cari(pasar).orElseThrow();
		gangguan.put("nama", p.nama());
		gangguan.put("nasId", p.nasId());
		gangguan.put("tempatLayanan", "pasar-oeba");
		gangguan.put("sepanjangHari", "true");
		gangguan.put("status", "GANGGUAN");
		register.simpan(HotspotUji.KOMINFO, pasar, gangguan, List.of("1", "2", "3", "4", "5", "6", "7"));
		// D: Kantor Kelurahan Oebobo, silent from 29 March 00:00 to the end (3 days = 864 slots)
		oebobo = HotspotUji.kantorKelurahan(register, "Wi-Fi Kantor Kelurahan Oebobo uji", HotspotUji.OEBOBO, "-10.16885", "123.60194");
		repo.mulaiPantau(oebobo, februari);
		repo.catatHidupRentang(oebobo, februari, wita(29, 0), slot, KesehatanWifi.DETAK);
	}

	@Test
	void uptimeAndCostPerAvailableHourMatchTheHandCalculation() {
		Map<Long, Ketersediaan> k = kesehatan.ketersediaan(List.of(repo.cari(fatululi).orElseThrow(), repo.cari(taman).orElseThrow(),
				repo.cari(pasar).orElseThrow(), repo.cari(oebobo).orElseThrow()), AWAL, AKHIR);

		// A: 8,928 − 144 = 8,784 slots up; 8,784 / 8,928 = 98.387 % → 98.4 %; 8,784 × 5 min = 732.0 h;
		// Rp450,000 / 732 h = Rp614.75 → Rp615 an available hour
		Ketersediaan a = k.get(fatululi);
		assertThat(a.slotDiukur()).isEqualTo(8_928);
		assertThat(a.slotHidup()).isEqualTo(8_784);
		assertThat(a.persen()).isEqualByComparingTo("98.4");
		assertThat(a.jamTersedia()).isEqualByComparingTo("732.0");
		assertThat(a.biaya()).isEqualTo(450_000);
		assertThat(a.biayaPerJam()).isEqualTo(615);

		// B: measured 16–31 March = 16 × 288 = 4,608 slots; up 16 × 216 = 3,456 → 75.0 %; 288.0 h;
		// cost pro rata 450,000 × 16/31 = 232,258.06 → Rp232,258; 232,258 / 288 = 806.45 → Rp806
		Ketersediaan b = k.get(taman);
		assertThat(b.slotDiukur()).isEqualTo(4_608);
		assertThat(b.slotHidup()).isEqualTo(3_456);
		assertThat(b.persen()).isEqualByComparingTo("75.0");
		assertThat(b.jamTersedia()).isEqualByComparingTo("288.0");
		assertThat(b.biaya()).isEqualTo(232_258);
		assertThat(b.biayaPerJam()).isEqualTo(806);

		// C: up every slot: 100.0 %, 744.0 h, 450,000 / 744 = 604.84 → Rp605
		assertThat(k.get(pasar).persen()).isEqualByComparingTo("100.0");
		assertThat(k.get(pasar).biayaPerJam()).isEqualTo(605);

		// D: 8,928 − 864 = 8,064 → 90.323 % → 90.3 %; 672.0 h; 450,000 / 672 = 669.64 → Rp670
		assertThat(k.get(oebobo).persen()).isEqualByComparingTo("90.3");
		assertThat(k.get(oebobo).jamTersedia()).isEqualByComparingTo("672.0");
		assertThat(k.get(oebobo).biayaPerJam()).isEqualTo(670);
	}

	@Test
	void coverageOfPublicServicePlacesMatchesTheHandCalculation() {
		// places: every kantor kelurahan of the region register (Kota Kupang has 51) and the 6 configured places = 57.
		// working at ≥ 90 %: A (98.4 %, Fatululi office) and D (90.3 %, Oebobo office). B at 75.0 % is not; C is
		// out of order whatever its uptime. 2 of 57 = 3.508… % → 3.5 %
		assertThat(wilayah.kelurahan()).hasSize(51);
		assertThat(properti.tempatLayanan()).hasSize(6);
		CakupanWifi.Hasil h = cakupan.hitung(AWAL, AKHIR);
		assertThat(h.jumlah()).isEqualTo(57);
		assertThat(h.berfungsi()).isEqualTo(2);
		assertThat(h.tempat().stream().filter(CakupanWifi.Liputan::berfungsi).map(l -> l.tempat().kode()))
			.containsExactlyInAnyOrder("kelurahan:" + HotspotUji.FATULULI, "kelurahan:" + HotspotUji.OEBOBO);

		Indikator.Hasil hasil = indikator.hitung(Periode.bulan(MARET));
		assertThat(hasil.kota().angka()).isEqualByComparingTo(new BigDecimal("3.5"));
		assertThat(hasil.kota().rasio()).isEqualTo(new Indikator.Rasio(2, 57));
	}
}
