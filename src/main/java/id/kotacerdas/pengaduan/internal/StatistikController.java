package id.kotacerdas.pengaduan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.SelEkspor;
import tools.jackson.databind.ObjectMapper;

@Controller
class StatistikController {

	/** A column of the exports: its heading's message key and its value. */
	private record Kolom(String kodeJudul, Function<StatistikPengaduan.Baris, Object> nilai) {
	}

	/** The rate stands beside the counts that make it, and the missed deadlines come before the medians. */
	private static final List<Kolom> KOLOM = List.of(new Kolom("stat.diterima", StatistikPengaduan.Baris::diterima),
			new Kolom("stat.terbuka", StatistikPengaduan.Baris::terbuka),
			new Kolom("stat.terlambat", StatistikPengaduan.Baris::terlambat),
			new Kolom("stat.belum-direspons", StatistikPengaduan.Baris::belumDirespons),
			new Kolom("stat.tepat-waktu", StatistikPengaduan.Baris::persenTepatWaktu),
			new Kolom("stat.tepat-jumlah", StatistikPengaduan.Baris::tepatWaktu),
			new Kolom("stat.jatuh-tempo", StatistikPengaduan.Baris::jatuhTempo),
			new Kolom("stat.diselesaikan", StatistikPengaduan.Baris::diselesaikan),
			new Kolom("stat.median-respons", StatistikPengaduan.Baris::medianResponsJam),
			new Kolom("stat.median-selesai", StatistikPengaduan.Baris::medianSelesaiJam),
			new Kolom("stat.dibuka-kembali", StatistikPengaduan.Baris::persenDibukaKembali),
			new Kolom("stat.dikonfirmasi", StatistikPengaduan.Baris::persenDikonfirmasi),
			new Kolom("stat.penilaian", StatistikPengaduan.Baris::rataPenilaian),
			new Kolom("stat.jumlah-penilaian", StatistikPengaduan.Baris::jumlahPenilaian));

	private static final List<String> KOLOM_SILANG = List.of("stat.diterima", "stat.jatuh-tempo", "stat.tepat-waktu");

	private final StatistikPengaduan statistik;

	private final MessageSource pesan;

	private final ObjectMapper json;

	StatistikController(StatistikPengaduan statistik, MessageSource pesan, ObjectMapper json) {
		this.statistik = statistik;
		this.pesan = pesan;
		this.json = json;
	}

	@GetMapping("/staf/pengaduan/statistik")
	@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
	String staf(@RequestParam(defaultValue = "opd") String dimensi, @RequestParam(required = false) LocalDate dari,
			@RequestParam(required = false) LocalDate sampai, Model model) {
		isi(model, dimensi, dari, sampai);
		model.addAttribute("halamanStaf", true);
		model.addAttribute("silang", silang(dari, sampai));
		return "pengaduan/statistik";
	}

	@GetMapping("/pengaduan/statistik")
	String publik(@RequestParam(defaultValue = "kategori") String dimensi, @RequestParam(required = false) LocalDate dari,
			@RequestParam(required = false) LocalDate sampai, Model model) {
		isi(model, dimensi, dari, sampai);
		return "pengaduan/statistik";
	}

	@GetMapping("/staf/pengaduan/statistik.csv")
	@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
	ResponseEntity<String> csv(@RequestParam(defaultValue = "opd") String dimensi, @RequestParam(required = false) LocalDate dari,
			@RequestParam(required = false) LocalDate sampai, Locale locale) {
		StringWriter keluar = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(keluar, CSVFormat.RFC4180)) {
			csv.printRecord(judul(dimensi, locale));
			for (StatistikPengaduan.Baris b : baris(dimensi, dari, sampai)) {
				csv.printRecord(nilai(b).stream().map(SelEkspor::csv).toList());
			}
			csv.println();
			csv.printRecord(pesan.getMessage("stat.silang", null, locale));
			StatistikPengaduan.TabelSilang silang = silang(dari, sampai);
			csv.printRecord(judulSilang(silang, locale));
			for (List<Object> b : nilaiSilang(silang)) {
				csv.printRecord(b.stream().map(SelEkspor::csv).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return unduh(keluar.toString(), "text/csv;charset=UTF-8", "statistik-pengaduan-" + dimensi + ".csv");
	}

	@GetMapping("/staf/pengaduan/statistik.xlsx")
	@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
	ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "opd") String dimensi, @RequestParam(required = false) LocalDate dari,
			@RequestParam(required = false) LocalDate sampai, Locale locale) {
		try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			tulis(buku.createSheet("Statistik"), judul(dimensi, locale),
					baris(dimensi, dari, sampai).stream().map(StatistikController::nilai).toList());
			StatistikPengaduan.TabelSilang silang = silang(dari, sampai);
			tulis(buku.createSheet(pesan.getMessage("stat.silang", null, locale)), judulSilang(silang, locale), nilaiSilang(silang));
			buku.write(keluar);
			return unduh(keluar.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"statistik-pengaduan-" + dimensi + ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void tulis(Sheet lembar, List<String> judul, List<List<Object>> baris) {
		Row kepala = lembar.createRow(0);
		for (int i = 0; i < judul.size(); i++) {
			kepala.createCell(i).setCellValue(judul.get(i));
		}
		int r = 1;
		for (List<Object> nilai : baris) {
			Row row = lembar.createRow(r++);
			for (int i = 0; i < nilai.size(); i++) {
				Object v = nilai.get(i);
				if (v instanceof Number n) {
					row.createCell(i).setCellValue(n.doubleValue());
				}
				else if (v != null && !"".equals(v)) {
					SelEkspor.teks(row.createCell(i), v.toString());
				}
			}
		}
	}

	private StatistikPengaduan.TabelSilang silang(LocalDate dari, LocalDate sampai) {
		return statistik.opdPerBulan(awal(dari), akhir(sampai));
	}

	/** One column triple per month, the rate beside the volumes it is computed from. */
	private List<String> judulSilang(StatistikPengaduan.TabelSilang silang, Locale locale) {
		List<String> judul = new java.util.ArrayList<>();
		judul.add(pesan.getMessage("stat.dimensi.opd", null, locale));
		for (String bulan : silang.bulan()) {
			for (String k : KOLOM_SILANG) {
				judul.add(bulan + ' ' + pesan.getMessage(k, null, locale));
			}
		}
		return judul;
	}

	private static List<List<Object>> nilaiSilang(StatistikPengaduan.TabelSilang silang) {
		return silang.baris().stream().map(b -> {
			List<Object> nilai = new java.util.ArrayList<>();
			nilai.add(b.nama());
			b.sel().forEach(s -> {
				nilai.add(s.diterima());
				nilai.add(s.jatuhTempo());
				nilai.add(s.persenTepatWaktu());
			});
			return nilai;
		}).toList();
	}

	private void isi(Model model, String dimensi, LocalDate dari, LocalDate sampai) {
		List<StatistikPengaduan.Baris> baris = baris(dimensi, dari, sampai);
		model.addAttribute("baris", baris);
		model.addAttribute("dimensi", dimensi);
		model.addAttribute("dari", dari);
		model.addAttribute("sampai", sampai);
		model.addAttribute("dataGrafik", json.writeValueAsString(baris));
	}

	private List<StatistikPengaduan.Baris> baris(String dimensi, LocalDate dari, LocalDate sampai) {
		return statistik.hitung(dimensiSah(dimensi), awal(dari), akhir(sampai));
	}

	/** An unknown dimension is the caller's mistake (400), before it names a message or a query. */
	private static String dimensiSah(String dimensi) {
		if (!StatistikPengaduan.dimensiSah(dimensi)) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "dimensi");
		}
		return dimensi;
	}

	private static Instant awal(LocalDate dari) {
		return dari == null ? StatistikPengaduan.AWAL : PengaduanWargaController.awal(dari);
	}

	private static Instant akhir(LocalDate sampai) {
		return sampai == null ? StatistikPengaduan.AKHIR : PengaduanWargaController.awal(sampai.plusDays(1));
	}

	private List<String> judul(String dimensi, Locale locale) {
		List<String> judul = new java.util.ArrayList<>();
		judul.add(pesan.getMessage("stat.dimensi." + dimensiSah(dimensi), null, locale));
		KOLOM.forEach(k -> judul.add(pesan.getMessage(k.kodeJudul(), null, locale)));
		return judul;
	}

	private static List<Object> nilai(StatistikPengaduan.Baris b) {
		List<Object> nilai = new java.util.ArrayList<>();
		nilai.add(b.nama());
		KOLOM.forEach(k -> nilai.add(k.nilai().apply(b)));
		return nilai;
	}

	private static <T> ResponseEntity<T> unduh(T isi, String jenis, String nama) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(jenis))
			.header("Content-Disposition", ContentDisposition.attachment().filename(nama).build().toString())
			.body(isi);
	}
}
