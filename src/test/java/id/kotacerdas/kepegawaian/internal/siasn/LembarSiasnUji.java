package id.kotacerdas.kepegawaian.internal.siasn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A realistic sheet in the SIASN "data utama" layout for tests and the benchmark: Kupang names,
 * NIPs and NIKs consistent with birth date, sex and appointment, the city's agencies, seeded.
 * Each row is a header → text map so a test can spoil one cell.
 */
final class LembarSiasnUji {

	static final List<String> KEPALA = TataLetakSiasn.KOLOM.stream().map(TataLetakSiasn.Kolom::judul).toList();

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");

	private static final DateTimeFormatter SIASN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final List<String> DEPAN = List.of("Yohanes", "Maria", "Agustinus", "Yuliana", "Frans", "Dominggus", "Orpa", "Melkianus",
			"Adriana", "Petrus", "Kristina", "Obed", "Selfina", "Imanuel", "Ketrina", "Jefri", "Elisabeth", "Hendrik", "Margaretha", "Yosua");

	private static final List<String> BELAKANG = List.of("Ndun", "Bere", "Lay", "Manafe", "Tefa", "Bolla", "Lakapu", "Sabu", "Seran", "Mau",
			"Nalle", "Kana", "Taneo", "Bria", "Pello", "Haning", "Amalo", "Foenay", "Nubatonis", "Fanggidae");

	private static final List<String> OPD = List.of("DLHK", "PUPR", "Dinkes", "Dikbud", "Dishub", "BKPPD", "Setda", "Bappeda");

	private static final List<String> PEREMPUAN = List.of("Maria", "Yuliana", "Orpa", "Adriana", "Kristina", "Selfina", "Ketrina", "Elisabeth",
			"Margaretha");

	private LembarSiasnUji() {
	}

	/** {@code n} valid rows; {@code awalUrut} keeps NIPs and NIKs apart between sheets of one run. */
	static List<Map<String, String>> baris(int n, long benih, int awalUrut) {
		Random acak = new Random(benih);
		List<Map<String, String>> hasil = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int urut = awalUrut + i;
			String depan = DEPAN.get(acak.nextInt(DEPAN.size()));
			boolean perempuan = PEREMPUAN.contains(depan);
			LocalDate lahir = LocalDate.of(1966 + acak.nextInt(30), 1 + acak.nextInt(12), 1 + acak.nextInt(28));
			LocalDate tmtCpns = LocalDate.of(lahir.getYear() + 22 + acak.nextInt(8), 1 + acak.nextInt(12), 1);
			String nip = YYYYMMDD.format(lahir) + YYYYMM.format(tmtCpns) + (perempuan ? "2" : "1") + String.format(Locale.ROOT, "%03d", urut % 1000);
			int hari = lahir.getDayOfMonth() + (perempuan ? 40 : 0);
			String nik = String.format(Locale.ROOT, "5371%02d%02d%02d%02d%04d", 1 + acak.nextInt(6), hari, lahir.getMonthValue(),
					lahir.getYear() % 100, 1 + (urut % 9999));
			boolean struktural = acak.nextInt(5) == 0;
			Map<String, String> b = new LinkedHashMap<>();
			b.put("NIP_BARU", nip);
			b.put("NIP_LAMA", null);
			b.put("NAMA", depan + " " + BELAKANG.get(acak.nextInt(BELAKANG.size())));
			b.put("GELAR_DEPAN", null);
			b.put("GELAR_BELAKANG", "S.T.");
			b.put("TEMPAT_LAHIR_NAMA", "Kupang");
			b.put("TANGGAL_LAHIR", SIASN.format(lahir));
			b.put("JENIS_KELAMIN", perempuan ? "F" : "M");
			b.put("AGAMA_ID", String.valueOf(1 + acak.nextInt(3)));
			b.put("JENIS_KAWIN_ID", "2");
			b.put("NIK", nik);
			b.put("EMAIL", "pegawai" + urut + "@kupangkota.invalid");
			b.put("NOMOR_HP", String.format(Locale.ROOT, "0812%08d", acak.nextInt(100_000_000)));
			b.put("ALAMAT", "Jl. Timor Raya No. " + (1 + acak.nextInt(200)) + ", Oesapa");
			b.put("JENIS_PEGAWAI_NAMA", "PNS Daerah Kabupaten/Kota");
			b.put("KEDUDUKAN_HUKUM_ID", "01");
			b.put("TMT_CPNS", SIASN.format(tmtCpns));
			b.put("NOMOR_SK_CPNS", "800/" + urut + "/BKD/" + tmtCpns.getYear());
			b.put("TMT_PNS", SIASN.format(tmtCpns.plusYears(1)));
			b.put("NOMOR_SK_PNS", "821/" + urut + "/BKD/" + (tmtCpns.getYear() + 1));
			b.put("GOL_AKHIR_ID", List.of("III/a", "III/b", "III/c", "III/d", "IV/a").get(acak.nextInt(5)));
			b.put("TMT_GOLONGAN", SIASN.format(LocalDate.of(2020 + acak.nextInt(5), acak.nextBoolean() ? 4 : 10, 1)));
			b.put("TINGKAT_PENDIDIKAN_ID", "40");
			b.put("PENDIDIKAN_NAMA", "S-1 Teknik Sipil");
			b.put("JENIS_JABATAN_ID", struktural ? "1" : "2");
			b.put("JABATAN_NAMA", struktural ? "Kepala Seksi Perencanaan" : "Teknik Jalan dan Jembatan Ahli Pertama");
			b.put("TMT_JABATAN", SIASN.format(LocalDate.of(2021 + acak.nextInt(4), 1 + acak.nextInt(12), 1)));
			b.put("ESELON_ID", struktural ? "41" : "99");
			b.put("UNOR_INDUK_NAMA", OPD.get(acak.nextInt(OPD.size())));
			b.put("UNOR_NAMA", "Bidang Perencanaan");
			hasil.add(b);
		}
		return hasil;
	}

	static byte[] xlsx(List<Map<String, String>> baris) {
		try (SXSSFWorkbook buku = new SXSSFWorkbook(100); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			Sheet sheet = buku.createSheet("Data Utama");
			Row kepala = sheet.createRow(0);
			for (int i = 0; i < KEPALA.size(); i++) {
				kepala.createCell(i).setCellValue(KEPALA.get(i));
			}
			int r = 1;
			for (Map<String, String> b : baris) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < KEPALA.size(); i++) {
					String v = b.get(KEPALA.get(i));
					if (v != null) {
						row.createCell(i).setCellValue(v);
					}
				}
			}
			buku.write(keluar);
			buku.dispose();
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
