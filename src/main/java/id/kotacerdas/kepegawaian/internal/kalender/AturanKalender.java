package id.kotacerdas.kepegawaian.internal.kalender;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dates of the calendars, from an employee's current record alone (no history is read):
 * <ul>
 * <li>regular promotion at the first promotion period (1 February, April, June, August, October,
 * December) on or after {@code masaPangkatTahun} years in the rank, unless the rank is already the
 * ceiling of the employee's education ({@code kepegawaian.pangkat_maksimal}) or the top one; PNS only;</li>
 * <li>periodic salary increase (KGB) every {@code masaKgbTahun} years from the first appointment
 * (TMT CPNS, or a PPPK's contract start): the salary table's years of service in grade
 * (<i>masa kerja golongan</i>) are not stored, so the start credit of an appointment above I/a, II/a
 * or III/a and the cut when moving from grade I to II or II to III are not applied;</li>
 * <li>retirement on the first day of the month after the birthday at the position's retirement age
 * (batas usia pensiun); a 29 February birthday falls on 28 February in a common year, the same month.</li>
 * </ul>
 */
public class AturanKalender {

	/** The months whose first day is a promotion period. */
	static final List<Month> BULAN_PERIODE = List.of(Month.FEBRUARY, Month.APRIL, Month.JUNE, Month.AUGUST, Month.OCTOBER,
			Month.DECEMBER);

	private final PengaturanKalender pengaturan;

	private final Map<String, String> pangkatMaksimal;

	private final List<String> urutanGolongan;

	/**
	 * @param pangkatMaksimal education code → the highest rank code of a regular promotion
	 * @param urutanGolongan the PNS rank codes, lowest first
	 */
	public AturanKalender(PengaturanKalender pengaturan, Map<String, String> pangkatMaksimal, List<String> urutanGolongan) {
		this.pengaturan = pengaturan;
		this.pangkatMaksimal = Map.copyOf(pangkatMaksimal);
		this.urutanGolongan = List.copyOf(urutanGolongan);
	}

	/** The first promotion period on or after {@code tanggal}. */
	public static LocalDate periodePangkatSejak(LocalDate tanggal) {
		YearMonth bulan = YearMonth.from(tanggal);
		if (tanggal.getDayOfMonth() > 1) {
			bulan = bulan.plusMonths(1);
		}
		while (!BULAN_PERIODE.contains(bulan.getMonth())) {
			bulan = bulan.plusMonths(1);
		}
		return bulan.atDay(1);
	}

	/** The next {@code jumlah} promotion periods from {@code dari} on. */
	public static List<LocalDate> periodePangkat(LocalDate dari, int jumlah) {
		List<LocalDate> hasil = new ArrayList<>();
		LocalDate p = periodePangkatSejak(dari);
		for (int i = 0; i < jumlah; i++) {
			hasil.add(p);
			p = periodePangkatSejak(p.plusDays(1));
		}
		return hasil;
	}

	/** The retirement TMT: the first day of the month after the birthday at {@code bup}. */
	public static LocalDate tmtPensiun(LocalDate lahir, int bup) {
		return YearMonth.from(lahir.plusYears(bup)).plusMonths(1).atDay(1);
	}

	/** The first promotion period the employee qualifies at by time in rank; empty when no regular promotion is open to them. */
	public Optional<LocalDate> layakPangkat(PegawaiRingkas p) {
		if (!p.pns() || p.tmtGolongan() == null || golonganBerikut(p).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(periodePangkatSejak(p.tmtGolongan().plusYears(pengaturan.masaPangkatTahun())));
	}

	/** The next rank, unless the employee holds the top rank or their education's ceiling. */
	public Optional<String> golonganBerikut(PegawaiRingkas p) {
		int i = urutanGolongan.indexOf(p.golongan());
		if (i < 0 || i == urutanGolongan.size() - 1) {
			return Optional.empty();
		}
		String plafon = pangkatMaksimal.get(p.pendidikan());
		if (plafon != null && urutanGolongan.indexOf(plafon) <= i) {
			return Optional.empty();
		}
		return Optional.of(urutanGolongan.get(i + 1));
	}

	/** The first KGB on or after {@code dari}: a multiple of {@code masaKgbTahun} years after the first appointment. */
	public Optional<LocalDate> kgbBerikut(PegawaiRingkas p, LocalDate dari) {
		if (p.tmtCpns() == null) {
			return Optional.empty();
		}
		int tahun = Math.max(1, (dari.getYear() - p.tmtCpns().getYear()) / pengaturan.masaKgbTahun()) * pengaturan.masaKgbTahun();
		LocalDate kgb = p.tmtCpns().plusYears(tahun);
		while (kgb.isBefore(dari)) {
			kgb = kgb.plusYears(pengaturan.masaKgbTahun());
		}
		return Optional.of(kgb);
	}

	/** The retirement age of the employee's position: the first matching rule, else the default. */
	public int bup(PegawaiRingkas p) {
		String jabatan = p.namaJabatan() == null ? "" : p.namaJabatan().toLowerCase(Locale.ROOT);
		return pengaturan.bup().stream()
			.filter(a -> a.jenisJabatan() == null || a.jenisJabatan().isBlank() || a.jenisJabatan().equals(p.jenisJabatan()))
			.filter(a -> a.eselon().isEmpty() || a.eselon().contains(p.eselon()))
			.filter(a -> a.kataJabatan().isEmpty()
					|| a.kataJabatan().stream().anyMatch(k -> jabatan.contains(k.toLowerCase(Locale.ROOT))))
			.mapToInt(PengaturanKalender.AturanBup::usia)
			.findFirst()
			.orElse(pengaturan.bupBawaan());
	}

	public LocalDate tmtPensiun(PegawaiRingkas p) {
		return tmtPensiun(p.tanggalLahir(), bup(p));
	}

	PengaturanKalender pengaturan() {
		return pengaturan;
	}
}
