package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kotacerdas.pasar.internal.IndeksHarga.Minggu;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Indikator.Arah;
import id.kotacerdas.platform.Indikator.Definisi;
import id.kotacerdas.platform.Indikator.Satuan;
import id.kotacerdas.platform.Periode;

/** The market prices' two figures of the masterplan, city-wide only (prices belong to no agency). */
final class IndikatorPasar {

	private IndikatorPasar() {
	}

	private static Definisi definisi(String kode, String pesan, Satuan satuan, Arah arah) {
		return new Definisi(kode, "pasar.indikator." + pesan + ".nama", ElemenKotaCerdas.KESEJAHTERAAN_RAKYAT, satuan, arah,
				"pasar.indikator." + pesan + ".rumus", new Indikator.Sumber("pasar", "pasar.indikator." + pesan + ".sumber"));
	}

	private static LocalDate akhir(Periode p, LocalDate hariIni) {
		LocalDate akhir = p.akhir().atEndOfMonth();
		return akhir.isAfter(hariIni) ? hariIni : akhir;
	}

	/**
	 * The basket index of the latest week whose Monday lies in the period (up to this week): the
	 * ratio is the commodities in the basket out of those priced that week.
	 */
	record IndeksMingguan(Definisi definisi, LayananIndeks indeks, LayananHarga layanan, Clock clock) implements Indikator {

		IndeksMingguan(LayananIndeks indeks, LayananHarga layanan, Clock clock) {
			this(IndikatorPasar.definisi("pasar.indeks-harga-mingguan", "indeks", Satuan.PERSEN, Arah.TURUN_LEBIH_BAIK), indeks, layanan, clock);
		}

		@Override
		public Hasil hitung(Periode periode) {
			LocalDate dari = periode.awal().atDay(1);
			LocalDate sampai = akhir(periode, layanan.hariIni());
			Optional<Minggu> m = Optional.empty();
			if (!sampai.isBefore(dari)) {
				// a week that starts in the period, though it may end after it
				LocalDate seninPertama = IndeksHarga.senin(dari.plusDays(6));
				if (!seninPertama.isAfter(sampai)) {
					m = indeks.indeks(seninPertama, sampai).terakhir();
				}
			}
			Nilai nilai = m.map(w -> new Nilai(w.indeks(), new Rasio(w.jumlahDihitung(), w.komoditas().size()), w.komoditas().size()))
				.orElse(new Nilai(null, new Rasio(0, 0), 0));
			return new Hasil(definisi.kode(), periode, nilai, List.of(), clock.instant());
		}
	}

	/** Commodities whose city average is above their ceiling price on the latest day with prices in the period. */
	record DiAtasHet(Definisi definisi, HargaRepository harga, IndeksRepository repo, LayananHarga layanan, Clock clock) implements Indikator {

		DiAtasHet(HargaRepository harga, IndeksRepository repo, LayananHarga layanan, Clock clock) {
			this(IndikatorPasar.definisi("pasar.komoditas-di-atas-het", "di-atas-het", Satuan.JUMLAH, Arah.TURUN_LEBIH_BAIK), harga, repo,
					layanan, clock);
		}

		@Override
		public Hasil hitung(Periode periode) {
			LocalDate dari = periode.awal().atDay(1);
			Optional<LocalDate> hari = harga.hariTerakhir(null, akhir(periode, layanan.hariIni())).filter(d -> !d.isBefore(dari));
			Nilai nilai = hari.map(d -> {
				Map<Long, Long> het = repo.het(d);
				Map<HargaRepository.KomoditasHari, Long> rata = harga.rataRata(List.of(d), null);
				long diukur = het.keySet().stream().filter(k -> rata.containsKey(new HargaRepository.KomoditasHari(k, d))).count();
				long diAtas = het.entrySet().stream().filter(e -> {
					Long r = rata.get(new HargaRepository.KomoditasHari(e.getKey(), d));
					return r != null && r > e.getValue();
				}).count();
				return new Nilai(BigDecimal.valueOf(diAtas), new Rasio(diAtas, diukur), rata.size());
			}).orElse(new Nilai(null, new Rasio(0, 0), 0));
			return new Hasil(definisi.kode(), periode, nilai, List.of(), clock.instant());
		}
	}
}
