package id.kotacerdas.kepegawaian.internal.statistik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.kepegawaian.internal.kalender.KalenderPegawai;
import id.kotacerdas.kepegawaian.internal.kalender.PegawaiRingkas;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;

/**
 * How many employees in service there are by agency, rank, education, sex, age band and position
 * type, counted from the current records: each dimension's counts add up to the same total.
 */
@Service
public class StatistikPegawai {

	/** The dimensions in the order pages and exports show them. */
	public enum Dimensi {

		OPD("opd"), GOLONGAN("golongan"), PENDIDIKAN("pendidikan"), KELAMIN("kelamin"), USIA("usia"), JENIS_JABATAN("jenis-jabatan");

		private final String kode;

		Dimensi(String kode) {
			this.kode = kode;
		}

		public String kode() {
			return kode;
		}
	}

	/** Age bands: the lower bound of each, in years; the last is open. Finer near retirement (58–65). */
	static final List<Integer> BATAS_USIA = List.of(0, 30, 40, 50, 55, 58, 60);

	/**
	 * One count.
	 *
	 * @param kode the category's code (reference code, agency id, the age band's lower bound)
	 * @param label the category in words, in the reader's language
	 */
	public record Sel(String kode, String label, long jumlah) {
	}

	public record Tabel(Dimensi dimensi, List<Sel> sel) {
	}

	/** @param total employees in service in the scope */
	public record Ringkasan(long total, List<Tabel> tabel) {
	}

	private final KalenderPegawai kalender;

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	StatistikPegawai(KalenderPegawai kalender, KatalogReferensi referensi, DaftarOpd daftarOpd, MessageSource pesan) {
		this.kalender = kalender;
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	public Ringkasan hitung(Long opdId, LocalDate hari, Locale bahasa) {
		return hitung(kalender.masihBekerja(opdId), hari, bahasa);
	}

	/** Counts of the given employees; categories without anyone are left out. */
	Ringkasan hitung(List<PegawaiRingkas> pegawai, LocalDate hari, Locale bahasa) {
		List<Tabel> tabel = new ArrayList<>();
		for (Dimensi d : Dimensi.values()) {
			tabel.add(new Tabel(d, hitung(d, pegawai, hari, bahasa)));
		}
		return new Ringkasan(pegawai.size(), tabel);
	}

	List<Sel> hitung(Dimensi d, List<PegawaiRingkas> pegawai, LocalDate hari, Locale bahasa) {
		Function<PegawaiRingkas, String> kode = kunci(d, hari);
		Map<String, Long> jumlah = pegawai.stream().collect(Collectors.groupingBy(kode, Collectors.counting()));
		List<Sel> hasil = new ArrayList<>();
		kategori(d, bahasa).forEach((k, label) -> {
			Long n = jumlah.get(k);
			if (n != null) {
				hasil.add(new Sel(k, label, n));
			}
		});
		return hasil;
	}

	/** The category an employee falls in. */
	static Function<PegawaiRingkas, String> kunci(Dimensi d, LocalDate hari) {
		return switch (d) {
			case OPD -> p -> String.valueOf(p.opdId());
			case GOLONGAN -> PegawaiRingkas::golongan;
			case PENDIDIKAN -> PegawaiRingkas::pendidikan;
			case KELAMIN -> PegawaiRingkas::jenisKelamin;
			case JENIS_JABATAN -> PegawaiRingkas::jenisJabatan;
			case USIA -> p -> String.valueOf(kelompokUsia(p.usia(hari)));
		};
	}

	/** The lower bound of the age band {@code usia} falls in. */
	static int kelompokUsia(int usia) {
		int batas = BATAS_USIA.get(0);
		for (int b : BATAS_USIA) {
			if (usia >= b) {
				batas = b;
			}
		}
		return batas;
	}

	/** Every category of a dimension, in order, with its words. */
	Map<String, String> kategori(Dimensi d, Locale bahasa) {
		Map<String, String> hasil = new LinkedHashMap<>();
		switch (d) {
			case OPD -> daftarOpd.semua().forEach(o -> hasil.put(String.valueOf(o.id()), nama(o)));
			case GOLONGAN -> {
				referensi.daftar(KatalogReferensi.GOLONGAN).forEach(r -> hasil.put(r.kode(), r.label(bahasa)));
				referensi.daftar(KatalogReferensi.GOLONGAN_PPPK).forEach(r -> hasil.put(r.kode(), r.label(bahasa)));
			}
			case PENDIDIKAN -> referensi.daftar(KatalogReferensi.PENDIDIKAN).forEach(r -> hasil.put(r.kode(), r.label(bahasa)));
			case KELAMIN -> referensi.daftar(KatalogReferensi.KELAMIN).forEach(r -> hasil.put(r.kode(), r.label(bahasa)));
			case JENIS_JABATAN -> referensi.daftar(KatalogReferensi.JENIS_JABATAN).forEach(r -> hasil.put(r.kode(), r.label(bahasa)));
			case USIA -> {
				for (int i = 0; i < BATAS_USIA.size(); i++) {
					int bawah = BATAS_USIA.get(i);
					String label = i == 0 ? pesan.getMessage("kepegawaian.statistik.usia.bawah", new Object[] { BATAS_USIA.get(1) }, bahasa)
							: i == BATAS_USIA.size() - 1 ? pesan.getMessage("kepegawaian.statistik.usia.atas", new Object[] { bawah }, bahasa)
									: pesan.getMessage("kepegawaian.statistik.usia.antara", new Object[] { bawah, BATAS_USIA.get(i + 1) - 1 }, bahasa);
					hasil.put(String.valueOf(bawah), label);
				}
			}
		}
		return hasil;
	}

	/** An agency: the name staff say (not translated). */
	private static String nama(Opd o) {
		return o.namaPendek();
	}
}
