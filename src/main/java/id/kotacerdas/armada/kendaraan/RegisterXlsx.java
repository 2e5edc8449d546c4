package id.kotacerdas.armada.kendaraan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.GalatIsian;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.SelEkspor;
import jakarta.validation.Validator;

/**
 * The register as an XLSX sheet, the way asset offices keep it: one row per vehicle, one column
 * per KIB-B field. An import updates vehicles by plate and adds the rest, all or nothing.
 */
@Component
public class RegisterXlsx {

	/** Column headers; the order of export, matched by name on import. */
	enum Kolom {

		NOMOR_POLISI("Nomor polisi", "nomorPolisi"), TRACKER_ID("Tracker id", "trackerId"), OPD("OPD", "opdId"),
		NOMOR_RANGKA("Nomor rangka", "nomorRangka"), NOMOR_MESIN("Nomor mesin", "nomorMesin"), NOMOR_BPKB("Nomor BPKB", "nomorBpkb"),
		MEREK("Merek", "merek"), TIPE("Tipe", "tipe"), CC("CC", "cc"), TAHUN("Tahun pembuatan", "tahunPembuatan"),
		HARGA("Harga perolehan", "hargaPerolehan"), ASAL("Asal perolehan", "asalPerolehan"), GOLONGAN("Golongan", "golongan"),
		JENIS_BBM("Jenis BBM", "jenisBbm"), TANGKI("Kapasitas tangki (liter)", "kapasitasTangki"),
		NORMA("Norma (km/liter)", "normaKmPerLiter"), KUOTA_LITER("Kuota liter/bulan", "kuotaLiterBulanan"),
		KUOTA_RUPIAH("Kuota rupiah/bulan", "kuotaRupiahBulanan"), NIP("NIP pemegang", "nipPemegang"),
		PEMEGANG("Nama pemegang", "namaPemegang"), KONDISI("Kondisi", "kondisi"), STATUS("Status", "status"),
		STNK("Jatuh tempo STNK", "jatuhTempoStnk"), PAJAK("Jatuh tempo pajak", "jatuhTempoPajak");

		final String judul;

		/** The field of {@link DataKendaraan} the column holds. */
		final String isian;

		Kolom(String judul, String isian) {
			this.judul = judul;
			this.isian = isian;
		}

		/** The column of a field, for errors the sheet's author can find. */
		static String judul(String isian) {
			return Arrays.stream(values()).filter(k -> k.isian.equals(isian)).map(k -> k.judul).findFirst().orElse(isian);
		}
	}

	private final RegisterKendaraan register;

	private final KendaraanRepository repo;

	private final DaftarOpd daftarOpd;

	private final SpringValidatorAdapter validator;

	private final MessageSource pesan;

	RegisterXlsx(RegisterKendaraan register, KendaraanRepository repo, DaftarOpd daftarOpd, Validator validator, MessageSource pesan) {
		this.pesan = pesan;
		this.register = register;
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.validator = new SpringValidatorAdapter(validator);
	}

	public byte[] ekspor(Staf staf) {
		Map<Long, String> opd = new HashMap<>();
		daftarOpd.semua().forEach(o -> opd.put(o.id(), o.namaPendek()));
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("Kendaraan");
			Row kepala = sheet.createRow(0);
			for (Kolom k : Kolom.values()) {
				kepala.createCell(k.ordinal()).setCellValue(k.judul);
			}
			int r = 1;
			for (Kendaraan kendaraan : register.daftar(staf)) {
				Row row = sheet.createRow(r++);
				Map<String, Object> isian = kendaraan.data().isian();
				for (Kolom k : Kolom.values()) {
					Object v = k == Kolom.OPD ? opd.get(kendaraan.opdId()) : isian.get(k.isian);
					isi(row.createCell(k.ordinal()), v);
				}
			}
			sheet.createFreezePane(0, 1);
			return tulis(wb);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return how many rows were imported */
	@Transactional
	public int impor(Staf staf, InputStream berkas) {
		List<DataKendaraan> data = new ArrayList<>();
		List<String> galat = new ArrayList<>();
		try (Workbook wb = buka(berkas)) {
			Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
			Row kepala = sheet == null || sheet.getPhysicalNumberOfRows() == 0 ? null : sheet.getRow(sheet.getFirstRowNum());
			if (kepala == null) {
				throw new PermintaanDitolakException("armada.impor.kosong");
			}
			Map<Kolom, Integer> posisi = new HashMap<>();
			for (Cell c : kepala) {
				for (Kolom k : Kolom.values()) {
					if (c.getCellType() == CellType.STRING && k.judul.equalsIgnoreCase(c.getStringCellValue().strip())) {
						posisi.put(k, c.getColumnIndex());
					}
				}
			}
			if (!posisi.containsKey(Kolom.NOMOR_POLISI)) {
				throw new PermintaanDitolakException("armada.impor.tanpa-kolom", Kolom.NOMOR_POLISI.judul);
			}
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				try {
					if (row == null || teks(sel(row, posisi, Kolom.NOMOR_POLISI)) == null) {
						continue;
					}
					DataKendaraan d = baris(row, posisi);
					var salah = new DirectFieldBindingResult(d, "data");
					validator.validate(d, salah);
					if (salah.hasErrors()) {
						GalatIsian.pesan(salah, "armada.isian", pesan, LocaleContextHolder.getLocale())
							.forEach((isian, teks) -> galat.add((baris(row)) + " (" + Kolom.judul(isian) + ": " + teks + ")"));
					}
					else {
						data.add(d);
					}
				}
				catch (IllegalArgumentException ex) {
					galat.add(baris(row) + " (" + ex.getMessage() + ")");
				}
			}
		}
		catch (IOException ex) {
			throw new PermintaanDitolakException("armada.impor.bukan-xlsx");
		}
		if (!galat.isEmpty()) {
			throw new PermintaanDitolakException("armada.impor.galat", String.join(", ", galat));
		}
		for (DataKendaraan d : data) {
			Optional<Kendaraan> ada = repo.cariNomorPolisi(d.rapikan().nomorPolisi());
			if (ada.isPresent()) {
				register.ubah(staf, ada.get().id(), d);
			}
			else {
				register.tambah(staf, d);
			}
		}
		return data.size();
	}

	/**
	 * The upload as a workbook. Whatever POI cannot read (not a zip, no workbook inside, a zip bomb,
	 * broken XML) is the file's fault and a 400; POI reports these with several unchecked types.
	 */
	private static Workbook buka(InputStream berkas) {
		try {
			return new XSSFWorkbook(berkas);
		}
		catch (IOException | RuntimeException ex) {
			throw new PermintaanDitolakException("armada.impor.bukan-xlsx");
		}
	}

	/** The row number as the spreadsheet shows it. */
	private static int baris(Row row) {
		return row.getRowNum() + 1;
	}

	/** @throws IllegalArgumentException naming the column whose cell cannot be read */
	private DataKendaraan baris(Row row, Map<Kolom, Integer> posisi) {
		Function<Kolom, String> t = k -> teks(sel(row, posisi, k));
		return new DataKendaraan(t.apply(Kolom.NOMOR_POLISI), t.apply(Kolom.TRACKER_ID), baca(t, Kolom.OPD, this::opd),
				t.apply(Kolom.NOMOR_RANGKA), t.apply(Kolom.NOMOR_MESIN), t.apply(Kolom.NOMOR_BPKB), t.apply(Kolom.MEREK),
				t.apply(Kolom.TIPE), baca(t, Kolom.CC, Integer::valueOf), baca(t, Kolom.TAHUN, Integer::valueOf),
				baca(t, Kolom.HARGA, RegisterXlsx::panjang), t.apply(Kolom.ASAL),
				baca(t, Kolom.GOLONGAN, s -> pilihan(GolonganKendaraan.class, s)), baca(t, Kolom.JENIS_BBM, s -> pilihan(JenisBbm.class, s)),
				baca(t, Kolom.TANGKI, RegisterXlsx::desimal), baca(t, Kolom.NORMA, RegisterXlsx::desimal),
				baca(t, Kolom.KUOTA_LITER, RegisterXlsx::desimal), baca(t, Kolom.KUOTA_RUPIAH, RegisterXlsx::panjang), t.apply(Kolom.NIP),
				t.apply(Kolom.PEMEGANG), baca(t, Kolom.KONDISI, s -> pilihan(KondisiKendaraan.class, s)),
				baca(t, Kolom.STATUS, s -> pilihan(StatusKendaraan.class, s)), baca(t, Kolom.STNK, RegisterXlsx::tanggal),
				baca(t, Kolom.PAJAK, RegisterXlsx::tanggal));
	}

	/** The cell read as a value; an empty cell is null, an unreadable one names its column. */
	private static <T> T baca(Function<Kolom, String> teks, Kolom k, Function<String, T> ubah) {
		String s = teks.apply(k);
		if (s == null) {
			return null;
		}
		try {
			return ubah.apply(s);
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new IllegalArgumentException(k.judul + ": " + s);
		}
	}

	/** The agency by id, short name or full name. */
	private Long opd(String nilai) {
		return daftarOpd.semua()
			.stream()
			.filter(o -> String.valueOf(o.id()).equals(nilai) || nilai.equalsIgnoreCase(o.singkatan()) || nilai.equalsIgnoreCase(o.nama()))
			.map(Opd::id)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("OPD " + nilai));
	}

	private static Cell sel(Row row, Map<Kolom, Integer> posisi, Kolom k) {
		Integer i = posisi.get(k);
		return i == null ? null : row.getCell(i);
	}

	/** The cell as text; a formula by its saved result. A formula that ended in an error (#DIV/0!, #REF!) is a row error. */
	private static String teks(Cell c) {
		if (c == null) {
			return null;
		}
		CellType jenis = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
		String s = switch (jenis) {
			case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> c.getStringCellValue();
			case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
			case ERROR -> throw new IllegalArgumentException(c.getAddress() + " " + FormulaError.forInt(c.getErrorCellValue()).getString());
			default -> null;
		};
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Long panjang(String s) {
		return Long.valueOf(s.replace(".", "").replace(",", ""));
	}

	private static BigDecimal desimal(String s) {
		return new BigDecimal(s.replace(',', '.'));
	}

	private static <E extends Enum<E>> E pilihan(Class<E> jenis, String s) {
		return Enum.valueOf(jenis, s.toUpperCase(Locale.ROOT).replace(' ', '_'));
	}

	private static LocalDate tanggal(String s) {
		return s.contains("/") ? LocalDate.parse(s, DateTimeFormatter.ofPattern("d/M/yyyy")) : LocalDate.parse(s);
	}

	public static void isi(Cell c, Object v) {
		if (v == null) {
			c.setBlank();
		}
		else if (v instanceof Number n) {
			c.setCellValue(n.doubleValue());
		}
		else {
			SelEkspor.teks(c, v.toString());
		}
	}

	public static byte[] tulis(Workbook wb) throws IOException {
		var out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}
}
