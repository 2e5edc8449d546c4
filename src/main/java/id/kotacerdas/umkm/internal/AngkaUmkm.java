package id.kotacerdas.umkm.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The figures the city reports, from the registry as it stands: active businesses per kelurahan, sector or month of
 * activation, with the share holding an NIB and the share accepting QRIS.
 */
@Service
class AngkaUmkm {

	/** What the rows are grouped by. */
	enum Per {

		KELURAHAN, SEKTOR, BULAN
	}

	/** One group: its label in words, the active businesses, those with an NIB, those accepting QRIS. */
	record Baris(String label, long terdaftar, long denganNib, long denganQris) {

		public double persenNib() {
			return terdaftar == 0 ? 0 : 100.0 * denganNib / terdaftar;
		}

		public double persenQris() {
			return terdaftar == 0 ? 0 : 100.0 * denganQris / terdaftar;
		}
	}

	private final UsahaRepository repo;

	private final Wilayah wilayah;

	private final ReferensiUmkm referensi;

	private final MessageSource pesan;

	AngkaUmkm(UsahaRepository repo, Wilayah wilayah, ReferensiUmkm referensi, MessageSource pesan) {
		this.repo = repo;
		this.wilayah = wilayah;
		this.referensi = referensi;
		this.pesan = pesan;
	}

	String namaKelurahan(String kode) {
		return wilayah.kelurahan(kode).map(Kelurahan::nama).orElse(kode);
	}

	String sektor(String kbli, Locale bahasa) {
		return referensi.kbli(kbli).map(k -> pesan.getMessage("umkm.sektor." + k.sektor(), null, bahasa)).orElse(kbli);
	}

	List<Baris> hitung(Per per, Locale bahasa) {
		Function<UsahaRepository.Angka, String> kunci = switch (per) {
			case KELURAHAN -> a -> namaKelurahan(a.kelurahan());
			case SEKTOR -> a -> sektor(a.kbli(), bahasa);
			// sorted as text, so the month is keyed as yyyy-MM and named after grouping
			case BULAN -> a -> a.bulan().toString();
		};
		Map<String, long[]> jumlah = new TreeMap<>();
		for (UsahaRepository.Angka a : repo.angka()) {
			long[] j = jumlah.computeIfAbsent(kunci.apply(a), k -> new long[3]);
			j[0] += a.terdaftar();
			j[1] += a.denganNib();
			j[2] += a.denganQris();
		}
		List<Baris> hasil = new ArrayList<>();
		jumlah.forEach((k, j) -> hasil.add(new Baris(per == Per.BULAN ? Waktu.formatBulan(YearMonth.parse(k)) : k, j[0], j[1], j[2])));
		return hasil;
	}
}
