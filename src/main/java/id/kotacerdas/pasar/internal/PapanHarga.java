package id.kotacerdas.pasar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kotacerdas.pasar.internal.HargaRepository.KomoditasHari;

/**
 * The public price board: the latest day's price per commodity, of one market or the city
 * average, against the day before, a week and a month earlier. A comparison is made only with a
 * day that has a price of the same commodity; otherwise it is left out rather than guessed.
 */
@Component
class PapanHarga {

	private final HargaRepository repo;

	PapanHarga(HargaRepository repo) {
		this.repo = repo;
	}

	/** A change against an earlier price. */
	record Perubahan(long selisih, double persen) {

		static Perubahan antara(long kini, Long lama) {
			return lama == null ? null : new Perubahan(kini - lama, 100.0 * (kini - lama) / lama);
		}

		public boolean naik() {
			return selisih > 0;
		}

		public boolean turun() {
			return selisih < 0;
		}

		public long besar() {
			return Math.abs(selisih);
		}

		public double persenMutlak() {
			return Math.abs(persen);
		}
	}

	/**
	 * @param hargaPerKg the price per kg where the unit is not kg and a conversion is configured
	 */
	record Baris(Komoditas komoditas, long harga, Long hargaPerKg, Perubahan kemarin, Perubahan mingguLalu, Perubahan bulanLalu) {
	}

	record Papan(LocalDate tanggal, List<Baris> baris) {
	}

	/** The board of one market ({@code pasarId}) or of the city (null), for the latest day up to {@code sampai}. */
	Optional<Papan> papan(Long pasarId, LocalDate sampai) {
		return repo.hariTerakhir(pasarId, sampai).map(d -> {
			LocalDate kemarin = d.minusDays(1);
			LocalDate mingguLalu = d.minusWeeks(1);
			LocalDate bulanLalu = d.minusMonths(1);
			Map<KomoditasHari, Long> rata = repo.rataRata(List.of(d, kemarin, mingguLalu, bulanLalu), pasarId);
			Map<Long, Konversi> konversi = repo.konversi();
			List<Baris> baris = repo.komoditas().stream().filter(k -> rata.containsKey(new KomoditasHari(k.id(), d))).map(k -> {
				long kini = rata.get(new KomoditasHari(k.id(), d));
				Long perKg = "kg".equals(k.satuan()) || !konversi.containsKey(k.id()) ? null
						: konversi.get(k.id()).harga(kini, k.satuan(), "kg").orElse(null);
				return new Baris(k, kini, perKg, Perubahan.antara(kini, rata.get(new KomoditasHari(k.id(), kemarin))),
						Perubahan.antara(kini, rata.get(new KomoditasHari(k.id(), mingguLalu))),
						Perubahan.antara(kini, rata.get(new KomoditasHari(k.id(), bulanLalu))));
			}).toList();
			return new Papan(d, baris);
		});
	}
}
