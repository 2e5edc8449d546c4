package id.kotacerdas.pasar.internal.lapak;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.platform.Waktu;

/**
 * Stalls and three weeks of retribution for {@code --demo}: a dozen stalls in each seeded market
 * (two vacant, one exempt, some traders on QRIS), most paying on most days, part of today's
 * round still to do, so the day's view lists unpaid stalls and the month has figures.
 */
@Component
@Profile("demo")
class DataDemoLapak {

	/** The demo's Kominfo administrator (akun's demo data), who may collect. */
	private static final String PETUGAS = "kominfo";

	private static final int HARI = 21;

	private static final int LAPAK_PER_PASAR = 12;

	private static final List<String> PEDAGANG = List.of("Yohanis Bria", "Maria Fanggidae", "Agustinus Tefa", "Oktovianus Ndun",
			"Yuliana Lenggu", "Daud Manafe", "Martha Nalle", "Ester Tualaka", "Ferdinandus Seran", "Salomi Pah", "Hendrikus Loak",
			"Naomi Ratu", "Yakobus Nenobais", "Selfina Sabu");

	private static final List<String> DAGANGAN = List.of("Sayur (kangkung, bunga pepaya, bayam)", "Ikan segar", "Beras dan gula",
			"Cabai, bawang, tomat", "Telur dan ayam", "Bumbu dapur", "Buah-buahan", "Daging sapi", "Kain tenun", "Sirih pinang");

	private final LapakRepository repo;

	private final Clock clock;

	DataDemoLapak(LapakRepository repo, Clock clock) {
		this.repo = repo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void isi() {
		if (repo.adaLapak()) {
			return;
		}
		Random acak = new Random(2026);
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		var waktu = clock.instant();
		List<LapakRepository.PasarLapak> daftarPasar = repo.pasar();
		for (int p = 0; p < daftarPasar.size(); p++) {
			LapakRepository.PasarLapak pasar = daftarPasar.get(p);
			// the first market (by name) charges more than the others
			long tarif = p == 0 ? 5_000 : 3_000;
			for (int i = 1; i <= LAPAK_PER_PASAR; i++) {
				boolean terisi = i % 6 != 0;
				boolean bebas = i == 5;
				boolean qris = terisi && i % 4 == 1;
				String pedagang = terisi ? PEDAGANG.get((p * 3 + i) % PEDAGANG.size()) : null;
				Lapak l = new Lapak(0, pasar.id(), pasar.nama(), (i <= 6 ? "A-" : "B-") + i, pedagang,
						terisi ? DAGANGAN.get((p + i) % DAGANGAN.size()) : null, bebas ? 0 : tarif, terisi, qris,
						qris ? "ID10200" + String.format("%08d", 21_000_000 + p * 100 + i) : null, false, null);
				long id = repo.tambah(l, waktu).orElseThrow();
				if (!l.wajibBayar()) {
					continue;
				}
				for (int h = HARI; h >= 0; h--) {
					LocalDate tanggal = hariIni.minusDays(h);
					// today's round is halfway; on other days about one stall in ten does not pay
					boolean bayar = h == 0 ? i <= LAPAK_PER_PASAR / 2 : acak.nextInt(10) > 0;
					if (bayar && pasar.buka(tanggal)) {
						// now and then a trader pays only part
						long jumlah = acak.nextInt(15) == 0 ? tarif - 1_000 : tarif;
						CaraBayar cara = qris && acak.nextBoolean() ? CaraBayar.QRIS : CaraBayar.TUNAI;
						repo.simpanRetribusi(id, tanggal, jumlah, tarif, cara, PETUGAS, tanggal.atTime(8, 30).atZone(Waktu.WITA).toInstant());
					}
				}
			}
		}
	}
}
