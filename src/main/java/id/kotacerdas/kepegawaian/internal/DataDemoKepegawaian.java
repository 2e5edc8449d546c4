package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.opd.DaftarOpd;

/**
 * Three dozen employees across agencies for a first look ({@code --demo}), the same on every start
 * (seeded): NIPs and NIKs agree with each one's birth date, sex and appointment, NIKs registered in
 * Kupang's kecamatan (5371 01–06). Includes the demo accounts' own records (dlhk, bkppd, pegawai.dlhk).
 */
@Component
@Profile("demo")
class DataDemoKepegawaian {

	private static final Logger log = LoggerFactory.getLogger(DataDemoKepegawaian.class);

	private static final long BENIH = 5371;

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");

	/** NIK day digits of women are the day plus 40. */
	private static final int HARI_PEREMPUAN = 40;

	/** Kupang's six kecamatan (Alak … Kota Lama). */
	private static final int KECAMATAN = 6;

	private static final List<String> TEMPAT = List.of("Kupang", "Soe", "Atambua", "Kefamenanu", "Ende", "Maumere", "Waingapu", "Rote",
			"Kalabahi", "Larantuka");

	/**
	 * name, titles, sex (1/2), agency, position type (1 structural, 2 functional, 4 executor), echelon,
	 * position, work unit, education, PNS rank or PPPK grade; a fixed NIP where a demo account has one.
	 */
	private record Contoh(String nama, String depan, String belakang, String kelamin, String opd, String jenisJabatan, String eselon,
			String jabatan, String unor, String pendidikan, String golongan, String nip) {
	}

	private static final List<Contoh> CONTOH = List.of(
			new Contoh("Yohanes Ndun", null, "S.T., M.T.", "1", "DLHK", "1", "22", "Kepala Dinas", "Dinas Lingkungan Hidup dan Kebersihan", "45", "42", "197805142005011003"),
			new Contoh("Maria Goreti Bere", null, "S.E.", "2", "BKPPD", "1", "41", "Kepala Subbidang Data dan Informasi Kepegawaian", "Bidang Mutasi dan Informasi", "40", "33", "198203172006042002"),
			new Contoh("Agustinus Lay", "Drs.", "M.Si.", "1", "BKPPD", "1", "22", "Kepala Badan", "Badan Kepegawaian, Pendidikan dan Pelatihan Daerah", "45", "43", null),
			new Contoh("Yuliana Manafe", null, "S.Sos.", "2", "BKPPD", "2", "99", "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Bidang Pengembangan Kompetensi", "40", "33", null),
			new Contoh("Frans Tefa", null, null, "1", "BKPPD", "4", "99", "Pengadministrasi Kepegawaian", "Sekretariat", "15", "23", null),
			new Contoh("Dominggus Bolla", null, "S.T.", "1", "DLHK", "1", "41", "Kepala Seksi Pengelolaan Sampah", "Bidang Kebersihan", "40", "34", null),
			new Contoh("Orpa Lakapu", null, "A.Md.", "2", "DLHK", "4", "99", "Pengelola Data Persampahan", "Bidang Kebersihan", "30", "24", null),
			new Contoh("Melkianus Sabu", null, null, "1", "DLHK", "4", "99", "Pengemudi Truk Sampah", "UPT Pengangkutan Sampah", "15", "VI", null),
			new Contoh("Adriana Seran", null, "S.Si.", "2", "DLHK", "2", "99", "Pengendali Dampak Lingkungan Ahli Pertama", "Bidang Pengendalian Pencemaran", "40", "32", null),
			new Contoh("Petrus Mau", "Ir.", "M.T.", "1", "PUPR", "1", "22", "Kepala Dinas", "Dinas Pekerjaan Umum dan Penataan Ruang", "45", "42", null),
			new Contoh("Kristina Nalle", null, "S.T.", "2", "PUPR", "2", "99", "Teknik Jalan dan Jembatan Ahli Muda", "Bidang Bina Marga", "40", "33", null),
			new Contoh("Obed Kana", null, "S.T.", "1", "PUPR", "1", "41", "Kepala Seksi Drainase", "Bidang Sumber Daya Air", "40", "34", null),
			new Contoh("Selfina Taneo", null, null, "2", "PUPR", "4", "99", "Pengadministrasi Umum", "Sekretariat", "15", "V", null),
			new Contoh("Imanuel Bria", null, "S.Kom.", "1", "Dinas Kominfo", "2", "99", "Pranata Komputer Ahli Muda", "Bidang Aplikasi Informatika", "40", "33", null),
			new Contoh("Ketrina Pello", null, "S.Kom., M.T.", "2", "Dinas Kominfo", "1", "31", "Kepala Bidang Aplikasi Informatika", "Bidang Aplikasi Informatika", "45", "41", null),
			new Contoh("Jefri Haning", null, "A.Md.Kom.", "1", "Dinas Kominfo", "4", "99", "Pengelola Layanan Operasional", "Bidang Persandian dan Statistik", "30", "VII", null),
			new Contoh("Elisabeth Amalo", "dr.", "M.Kes.", "2", "Dinkes", "1", "22", "Kepala Dinas", "Dinas Kesehatan", "45", "42", null),
			new Contoh("Hendrik Foenay", null, "S.Kep., Ns.", "1", "Dinkes", "2", "99", "Perawat Ahli Pertama", "Puskesmas Oebobo", "40", "IX", null),
			new Contoh("Margaretha Nubatonis", null, "A.Md.Keb.", "2", "Dinkes", "2", "99", "Bidan Terampil", "Puskesmas Sikumana", "30", "24", null),
			new Contoh("Yosua Ratu", "drg.", null, "1", "Dinkes", "2", "99", "Dokter Gigi Ahli Pertama", "Puskesmas Kupang Kota", "40", "32", null),
			new Contoh("Ferderika Fanggidae", null, "S.Pd.", "2", "Dikbud", "2", "99", "Guru Ahli Pertama", "SMP Negeri 2 Kupang", "40", "IX", null),
			new Contoh("Aleksander Kase", null, "S.Pd., M.Pd.", "1", "Dikbud", "1", "31", "Kepala Bidang Pembinaan SMP", "Bidang Pembinaan SMP", "45", "41", null),
			new Contoh("Rambu Ana Hunga", null, "S.Pd.", "2", "Dikbud", "2", "99", "Guru Ahli Muda", "SD Inpres Oesapa", "40", "33", null),
			new Contoh("Kornelis Dethan", null, null, "1", "Dishub", "4", "99", "Petugas Pengatur Lalu Lintas", "Bidang Lalu Lintas", "15", "22", null),
			new Contoh("Naomi Lona", null, "S.E.", "2", "Dishub", "1", "41", "Kepala Subbagian Keuangan", "Sekretariat", "40", "33", null),
			new Contoh("Simon Ndoen", null, "S.H.", "1", "Satpol PP", "1", "31", "Kepala Bidang Penegakan Perda", "Bidang Penegakan Perda", "40", "41", null),
			new Contoh("Lukas Tallo", null, null, "1", "Satpol PP", "4", "99", "Pengaman Tertib Umum", "Bidang Ketertiban Umum", "15", "21", null),
			new Contoh("Welhelmina Ully", null, "S.H.", "2", "Setda", "1", "32", "Kepala Bagian Hukum", "Bagian Hukum", "40", "34", null),
			new Contoh("Ricky Mesakh", null, "S.IP.", "1", "Setda", "2", "99", "Analis Kebijakan Ahli Muda", "Bagian Organisasi", "40", "33", null),
			new Contoh("Debora Toy", null, "S.Ak.", "2", "Inspektorat", "2", "99", "Auditor Ahli Pertama", "Inspektur Pembantu Wilayah I", "40", "32", null),
			new Contoh("Yakobus Lenggu", null, "S.E., M.Si.", "1", "Bappeda", "1", "31", "Kepala Bidang Perencanaan Ekonomi", "Bidang Ekonomi", "45", "41", null),
			new Contoh("Sarlota Adoe", null, "S.Sos.", "2", "Dukcapil", "2", "99", "Administrator Database Kependudukan Ahli Pertama", "Bidang Pengelolaan Informasi", "40", "X", null),
			new Contoh("Gabriel Nenobais", null, "S.P.", "1", "Distan", "2", "99", "Penyuluh Pertanian Ahli Pertama", "Bidang Hortikultura", "40", "32", null),
			new Contoh("Anselmus Tnunay", null, null, "1", "BPBD", "4", "99", "Petugas Penanganan Kedaruratan", "Bidang Kedaruratan dan Logistik", "15", "V", null),
			new Contoh("Yunita Koroh", null, "S.Sos.", "2", "Dinsos", "2", "99", "Pekerja Sosial Ahli Pertama", "Bidang Rehabilitasi Sosial", "40", "IX", null),
			new Contoh("Paulus Bako", null, "S.E.", "1", "DPMPTSP", "1", "41", "Kepala Seksi Pelayanan Perizinan", "Bidang Pelayanan", "40", "34", null),
			// the demo account pegawai.dlhk: an executor who files daily work reports (last, so the seeded values above stay as they were)
			new Contoh("Yeskiel Nitbani", null, null, "1", "DLHK", "4", "99", "Pengawas Kebersihan Lingkungan", "Bidang Kebersihan", "15", "22", "199008212014031004"));

	private final PegawaiRepository repo;

	private final DaftarOpd daftarOpd;

	private final Clock clock;

	DataDemoKepegawaian(PegawaiRepository repo, DaftarOpd daftarOpd, Clock clock) {
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(120)
	@Transactional
	public void isi() {
		if (repo.jumlah() > 0) {
			return;
		}
		Random acak = new Random(BENIH);
		int urut = 1;
		for (Contoh c : CONTOH) {
			repo.tambah(pegawai(c, acak, urut++), clock.instant());
		}
		log.info("Demo employee records: {}", CONTOH.size());
	}

	private Pegawai pegawai(Contoh c, Random acak, int urut) {
		boolean pns = !c.golongan().matches("[IVX]+");
		LocalDate lahir;
		LocalDate tmtCpns;
		String nip;
		if (c.nip() != null) {
			lahir = LocalDate.parse(c.nip().substring(0, 8), YYYYMMDD);
			tmtCpns = LocalDate.parse(c.nip().substring(8, 14) + "01", YYYYMMDD);
			nip = c.nip();
		}
		else {
			lahir = LocalDate.of(1968 + acak.nextInt(30), 1 + acak.nextInt(12), 1 + acak.nextInt(28));
			tmtCpns = pns ? LocalDate.of(lahir.getYear() + 23 + acak.nextInt(6), 1 + acak.nextInt(12), 1)
					: LocalDate.of(2022 + acak.nextInt(3), 1 + acak.nextInt(12), 1);
			nip = YYYYMMDD.format(lahir) + YYYYMM.format(tmtCpns) + c.kelamin() + String.format(Locale.ROOT, "%03d", urut);
		}
		int hariNik = lahir.getDayOfMonth() + ("2".equals(c.kelamin()) ? HARI_PEREMPUAN : 0);
		String nik = String.format(Locale.ROOT, "5371%02d%02d%02d%02d%04d", 1 + acak.nextInt(KECAMATAN), hariNik, lahir.getMonthValue(),
				lahir.getYear() % 100, 1 + acak.nextInt(9000));
		LocalDate tmtPns = pns ? tmtCpns.plusYears(1) : null;
		LocalDate tmtGolongan = pns ? LocalDate.of(Math.max(tmtCpns.getYear() + 1, 2020 + acak.nextInt(5)), 4 * (acak.nextInt(2)) + 4, 1)
				: tmtCpns;
		LocalDate tmtJabatan = tmtGolongan.plusMonths(acak.nextInt(4));
		String kontak = c.nama().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
		return new Pegawai(null, nip, null, c.nama(), c.depan(), c.belakang(), TEMPAT.get(acak.nextInt(TEMPAT.size())), lahir, c.kelamin(),
				String.valueOf(1 + acak.nextInt(3)), String.valueOf(1 + acak.nextInt(2)), nik, kontak + "@demo.invalid",
				String.format(Locale.ROOT, "0812%08d", acak.nextInt(100_000_000)), "Jl. El Tari No. " + (1 + acak.nextInt(120)) + ", Kupang",
				pns ? "PNS" : "PPPK", "01", tmtCpns, "800/" + (100 + urut) + "/BKPPD/" + tmtCpns.getYear(), tmtPns,
				pns ? "821/" + (200 + urut) + "/BKPPD/" + tmtPns.getYear() : null, c.golongan(), tmtGolongan, c.pendidikan(), null,
				c.jenisJabatan(), c.jabatan(), tmtJabatan, c.eselon(), daftarOpd.cariSingkatan(c.opd()).orElseThrow().id(), c.unor(), null);
	}
}
