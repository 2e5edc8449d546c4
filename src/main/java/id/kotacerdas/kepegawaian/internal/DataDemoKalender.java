package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.kepegawaian.internal.kalender.AturanKalender;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Waktu;

/**
 * Employees whose dates fall on the calendars of the day the demo starts ({@code --demo}): two
 * retirements (in three and eight months) and one overdue, promotions in the next two periods and one overdue, and
 * salary increases next month and the month after. Added once, after {@link DataDemoKepegawaian}.
 */
@Component
@Profile("demo")
class DataDemoKalender {

	private static final Logger log = LoggerFactory.getLogger(DataDemoKalender.class);

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");

	/** The sequence digits of these NIPs, after the other demo employees' (1–36). */
	private static final int PERTAMA = 901;

	/** NIK day digits of women are the day plus 40. */
	private static final int HARI_PEREMPUAN = 40;

	/**
	 * @param lahir date of birth, @param tmtCpns first appointment, @param tmtGolongan since the rank
	 */
	private record Contoh(String nama, String belakang, String kelamin, String opd, String jenisJabatan, String eselon, String jabatan,
			String unor, String pendidikan, String golongan, LocalDate lahir, LocalDate tmtCpns, LocalDate tmtGolongan) {
	}

	private final PegawaiRepository repo;

	private final DaftarOpd daftarOpd;

	private final Clock clock;

	DataDemoKalender(PegawaiRepository repo, DaftarOpd daftarOpd, Clock clock) {
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(121)
	@Transactional
	public void isi() {
		List<Contoh> contoh = contoh(LocalDate.now(clock.withZone(Waktu.WITA)));
		List<Pegawai> pegawai = new java.util.ArrayList<>();
		int urut = PERTAMA;
		for (Contoh c : contoh) {
			pegawai.add(pegawai(c, urut++));
		}
		// the same day's NIPs: added already by an earlier start on this database
		if (repo.cariNip(pegawai.get(0).nip()).isPresent()) {
			return;
		}
		pegawai.forEach(p -> repo.tambah(p, clock.instant()));
		log.info("Demo employees on the personnel calendars: {}", contoh.size());
	}

	private static List<Contoh> contoh(LocalDate hari) {
		LocalDate bulanIni = hari.withDayOfMonth(1);
		List<LocalDate> periode = AturanKalender.periodePangkat(hari, 2);
		return List.of(
				// retirement at 58 (executor) in three months, at 60 (echelon II) in eight, and one overdue: TMT the month after the birthday
				new Contoh("Markus Lede", null, "1", "DLHK", "4", "99", "Pengadministrasi Umum", "Sekretariat", "15", "24",
						bulanIni.plusMonths(2).minusYears(58).withDayOfMonth(17), LocalDate.of(1993, 3, 1), LocalDate.of(2015, 4, 1)),
				new Contoh("Bernadete Liu", "S.H., M.H.", "2", "Bappeda", "1", "22", "Kepala Badan", "Badan Perencanaan Pembangunan Daerah", "45", "42",
						bulanIni.plusMonths(7).minusYears(60).withDayOfMonth(3), LocalDate.of(1992, 1, 1), LocalDate.of(2019, 10, 1)),
				new Contoh("Yeremias Tode", null, "1", "Dishub", "4", "99", "Petugas Terminal", "UPT Terminal Oebobo", "15", "23",
						bulanIni.minusMonths(2).minusYears(58).withDayOfMonth(9), LocalDate.of(1994, 7, 1), LocalDate.of(2016, 4, 1)),
				// promotion at the next period, the one after, and one qualified long ago
				new Contoh("Fransiska Kolo", "S.E.", "2", "DLHK", "4", "99", "Analis Keuangan", "Sekretariat", "40", "32",
						LocalDate.of(1990, 8, 21), LocalDate.of(2015, 2, 1), periode.get(0).minusYears(4)),
				new Contoh("Daniel Mesah", "A.Md.", "1", "PUPR", "4", "99", "Pengelola Sarana dan Prasarana", "Bidang Bina Marga", "30", "23",
						LocalDate.of(1991, 11, 5), LocalDate.of(2014, 3, 1), periode.get(1).minusYears(4)),
				new Contoh("Rosalinda Nitbani", "S.Sos.", "2", "BKPPD", "4", "99", "Pengelola Data Kepegawaian", "Bidang Mutasi dan Informasi",
						"40", "31", LocalDate.of(1992, 4, 14), LocalDate.of(2019, 4, 1), LocalDate.of(2020, 4, 1)),
				// salary increases next month (10 years) and the month after (a PPPK's first)
				new Contoh("Stefanus Saku", "S.Kom.", "1", "BKPPD", "2", "99", "Pranata Komputer Ahli Pertama", "Sekretariat", "40", "32",
						LocalDate.of(1989, 2, 27), bulanIni.plusMonths(1).minusYears(10), LocalDate.of(2023, 10, 1)),
				new Contoh("Agnes Bunga", "S.Pd.", "2", "Dikbud", "2", "99", "Guru Ahli Pertama", "SMP Negeri 5 Kupang", "40", "IX",
						LocalDate.of(1996, 6, 30), bulanIni.plusMonths(2).minusYears(2), bulanIni.plusMonths(2).minusYears(2)));
	}

	private Pegawai pegawai(Contoh c, int urut) {
		boolean pns = !c.golongan().matches("[IVX]+");
		String nip = YYYYMMDD.format(c.lahir()) + YYYYMM.format(c.tmtCpns()) + c.kelamin() + String.format(Locale.ROOT, "%03d", urut);
		int hariNik = c.lahir().getDayOfMonth() + ("2".equals(c.kelamin()) ? HARI_PEREMPUAN : 0);
		String nik = String.format(Locale.ROOT, "537104%02d%02d%02d%04d", hariNik, c.lahir().getMonthValue(), c.lahir().getYear() % 100,
				urut);
		LocalDate tmtPns = pns ? c.tmtCpns().plusYears(1) : null;
		String kontak = c.nama().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
		return new Pegawai(null, nip, null, c.nama(), null, c.belakang(), "Kupang", c.lahir(), c.kelamin(), "2", "2", nik,
				kontak + "@demo.invalid", null, null, pns ? "PNS" : "PPPK", "01", c.tmtCpns(), "800/" + urut + "/BKPPD/" + c.tmtCpns().getYear(),
				tmtPns, pns ? "821/" + urut + "/BKPPD/" + tmtPns.getYear() : null, c.golongan(), c.tmtGolongan(), c.pendidikan(), null,
				c.jenisJabatan(), c.jabatan(), c.tmtGolongan(), c.eselon(), daftarOpd.cariSingkatan(c.opd()).orElseThrow().id(), c.unor(), null);
	}
}
