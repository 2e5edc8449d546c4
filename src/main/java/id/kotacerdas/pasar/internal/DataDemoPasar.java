package id.kotacerdas.pasar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.platform.Waktu;

/**
 * Five weeks of prices for {@code --demo}, so the board and the supervisor's view show something
 * real: prices near Kupang's usual level with day-to-day noise, chillies climbing in the last week,
 * one price today confirmed above the ceiling (flagged), and one market that has not reported today.
 */
@Component
@Profile("demo")
class DataDemoPasar {

	/** The demo's enumerator of the market agency (akun's demo data). */
	private static final String PETUGAS = "petugas.pasar";

	private static final int HARI = 35;

	private static final int PEMBULATAN = 250;

	private static final long MINYAKITA_DI_ATAS_HET = 17_000;

	/** Usual prices in Kupang, whole rupiah per the commodity's unit. */
	private static final Map<String, Long> HARGA_DASAR = Map.ofEntries(Map.entry("beras-bawah-1", 12_000L),
			Map.entry("beras-bawah-2", 11_500L), Map.entry("beras-medium-1", 12_800L), Map.entry("beras-medium-2", 12_500L),
			Map.entry("beras-super-1", 14_800L), Map.entry("beras-super-2", 14_300L), Map.entry("daging-ayam-ras", 42_000L),
			Map.entry("daging-sapi-1", 140_000L), Map.entry("daging-sapi-2", 130_000L), Map.entry("telur-ayam-ras", 32_000L),
			Map.entry("bawang-merah", 42_000L), Map.entry("bawang-putih", 38_000L), Map.entry("cabai-merah-besar", 50_000L),
			Map.entry("cabai-merah-keriting", 55_000L), Map.entry("cabai-rawit-hijau", 45_000L), Map.entry("cabai-rawit-merah", 60_000L),
			Map.entry("minyak-goreng-curah", 17_500L), Map.entry("minyak-goreng-kemasan-1", 21_000L),
			Map.entry("minyak-goreng-kemasan-2", 20_000L), Map.entry("minyakita", 15_500L), Map.entry("gula-pasir-premium", 18_500L),
			Map.entry("gula-pasir-lokal", 17_500L), Map.entry("telur-ayam-ras-rak", 60_000L), Map.entry("kangkung", 5_000L),
			Map.entry("bunga-pepaya", 5_000L), Map.entry("bayam", 5_000L), Map.entry("tomat", 15_000L), Map.entry("ikan-tongkol", 40_000L),
			Map.entry("ikan-kembung", 45_000L));

	private static final List<String> ASAL_IKAN = List.of("Rote", "Sabu", "Oeba (nelayan lokal)", "Flores");

	private final HargaRepository repo;

	private final Clock clock;

	DataDemoPasar(HargaRepository repo, Clock clock) {
		this.repo = repo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void isi() {
		if (repo.adaHarga()) {
			return;
		}
		Random acak = new Random(2026);
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		List<Pasar> pasar = repo.pasar();
		List<HargaRepository.Baru> baru = new ArrayList<>();
		for (Komoditas k : repo.komoditas()) {
			long dasar = HARGA_DASAR.getOrDefault(k.kode(), 10_000L);
			boolean cabai = k.kode().startsWith("cabai");
			boolean ikan = k.kode().startsWith("ikan");
			for (int i = pasar.size() - 1; i >= 0; i--) {
				Pasar p = pasar.get(i);
				double selisihPasar = 1 + 0.02 * (i - pasar.size() / 2);
				for (int h = HARI; h >= 0; h--) {
					LocalDate tanggal = hariIni.minusDays(h);
					// the last market in the list has not reported yet today
					if (h == 0 && i == pasar.size() - 1) {
						continue;
					}
					double naik = cabai && h < 7 ? 0.03 * (7 - h) : 0;
					long harga = bulat(dasar * selisihPasar * (1 + naik + acak.nextGaussian() * 0.015));
					// confirmed by the enumerator above the ceiling: the supervisor sees it
					boolean ditandai = "minyakita".equals(k.kode()) && h == 0 && i == 0;
					baru.add(new HargaRepository.Baru(p.id(), k.id(), tanggal, ditandai ? MINYAKITA_DI_ATAS_HET : harga,
							ikan ? ASAL_IKAN.get(acak.nextInt(ASAL_IKAN.size())) : null, ditandai));
				}
			}
		}
		repo.tambahBanyak(PETUGAS, baru, clock.instant());
	}

	private static long bulat(double harga) {
		return Math.max(PEMBULATAN, Math.round(harga / PEMBULATAN) * PEMBULATAN);
	}
}
