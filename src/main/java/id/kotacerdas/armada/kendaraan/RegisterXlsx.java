package id.kotacerdas.armada.kendaraan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.validation.Validator;

/**
 * The register as an XLSX sheet, the way asset offices keep it: one row per vehicle, one column
 * per KIB-B field. An import updates vehicles by plate and adds the rest, all or nothing.
 */
@Component
public class RegisterXlsx {

	/** Column headers; the order of export, matched by name on import. */
	enum Kolom {

		NOMOR_POLISI("Nomor polisi", DataKendaraan::nomorPolisi), TRACKER_ID("Tracker id", DataKendaraan::trackerId),
		OPD("OPD", d -> null), NOMOR_RANGKA("Nomor rangka", DataKendaraan::nomorRangka),
		NOMOR_MESIN("Nomor mesin", DataKendaraan::nomorMesin), NOMOR_BPKB("Nomor BPKB", DataKendaraan::nomorBpkb),
		MEREK("Merek", DataKendaraan::merek), TIPE("Tipe", DataKendaraan::tipe), CC("CC", DataKendaraan::cc),
		TAHUN("Tahun pembuatan", DataKendaraan::tahunPembuatan), HARGA("Harga perolehan", DataKendaraan::hargaPerolehan),
		ASAL("Asal perolehan", DataKendaraan::asalPerolehan), GOLONGAN("Golongan", DataKendaraan::golongan),
		JENIS_BBM("Jenis BBM", DataKendaraan::jenisBbm), TANGKI("Kapasitas tangki (liter)", DataKendaraan::kapasitasTangki),
		NORMA("Norma (km/liter)", DataKendaraan::normaKmPerLiter), KUOTA_LITER("Kuota liter/bulan", DataKendaraan::kuotaLiterBulanan),
		KUOTA_RUPIAH("Kuota rupiah/bulan", DataKendaraan::kuotaRupiahBulanan), NIP("NIP pemegang", DataKendaraan::nipPemegang),
		PEMEGANG("Nama pemegang", DataKendaraan::namaPemegang), KONDISI("Kondisi", DataKendaraan::kondisi),
		STATUS("Status", DataKendaraan::status), STNK("Jatuh tempo STNK", DataKendaraan::jatuhTempoStnk),
		PAJAK("Jatuh tempo pajak", DataKendaraan::jatuhTempoPajak);

		final String judul;

		final Function<DataKendaraan, Object> nilai;

		Kolom(String judul, Function<DataKendaraan, Object> nilai) {
			this.judul = judul;
			this.nilai = nilai;
		}
	}

	private final RegisterKendaraan register;

	private final KendaraanRepository repo;

	private final DaftarOpd daftarOpd;

	private final Validator validator;

	RegisterXlsx(RegisterKendaraan register, KendaraanRepository repo, DaftarOpd daftarOpd, Validator validator) {
		this.register = register;
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.validator = validator;
	}

	public byte[] ekspor() {
		Map<Long, String> opd = new HashMap<>();
		daftarOpd.semua().forEach(o -> opd.put(o.id(), o.namaPendek()));
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("Kendaraan");
			Row kepala = sheet.createRow(0);
			for (Kolom k : Kolom.values()) {
				kepala.createCell(k.ordinal()).setCellValue(k.judul);
			}
			int r = 1;
			for (Kendaraan kendaraan : register.daftar()) {
				Row row = sheet.createRow(r++);
				for (Kolom k : Kolom.values()) {
					Object v = k == Kolom.OPD ? opd.get(kendaraan.opdId()) : k.nilai.apply(kendaraan.data());
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
	public int impor(InputStream berkas) {
		List<DataKendaraan> data = new ArrayList<>();
		List<String> galat = new ArrayList<>();
		try (Workbook wb = new XSSFWorkbook(berkas)) {
			Sheet sheet = wb.getSheetAt(0);
			Row kepala = sheet.getRow(sheet.getFirstRowNum());
			Map<Kolom, Integer> posisi = new HashMap<>();
			for (Cell c : kepala) {
				for (Kolom k : Kolom.values()) {
					if (k.judul.equalsIgnoreCase(teks(c))) {
						posisi.put(k, c.getColumnIndex());
					}
				}
			}
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || teks(sel(row, posisi, Kolom.NOMOR_POLISI)) == null) {
					continue;
				}
				try {
					DataKendaraan d = baris(row, posisi);
					var salah = validator.validate(d);
					if (!salah.isEmpty()) {
						galat.add((r + 1) + " (" + salah.iterator().next().getPropertyPath() + ")");
					}
					else {
						data.add(d);
					}
				}
				catch (IllegalArgumentException | java.time.DateTimeException ex) {
					galat.add((r + 1) + " (" + ex.getMessage() + ")");
				}
			}
		}
		catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException ex) {
			throw new PermintaanDitolakException("armada.impor.bukan-xlsx");
		}
		if (!galat.isEmpty()) {
			throw new PermintaanDitolakException("armada.impor.galat", String.join(", ", galat));
		}
		for (DataKendaraan d : data) {
			Optional<Kendaraan> ada = repo.cariNomorPolisi(d.rapikan().nomorPolisi());
			if (ada.isPresent()) {
				register.ubah(ada.get().id(), d);
			}
			else {
				register.tambah(d);
			}
		}
		return data.size();
	}

	private DataKendaraan baris(Row row, Map<Kolom, Integer> posisi) {
		Function<Kolom, String> t = k -> teks(sel(row, posisi, k));
		return new DataKendaraan(t.apply(Kolom.NOMOR_POLISI), t.apply(Kolom.TRACKER_ID), opd(t.apply(Kolom.OPD)),
				t.apply(Kolom.NOMOR_RANGKA), t.apply(Kolom.NOMOR_MESIN), t.apply(Kolom.NOMOR_BPKB), t.apply(Kolom.MEREK),
				t.apply(Kolom.TIPE), bulat(t.apply(Kolom.CC)), bulat(t.apply(Kolom.TAHUN)), panjang(t.apply(Kolom.HARGA)),
				t.apply(Kolom.ASAL), pilihan(GolonganKendaraan.class, t.apply(Kolom.GOLONGAN)),
				pilihan(JenisBbm.class, t.apply(Kolom.JENIS_BBM)), desimal(t.apply(Kolom.TANGKI)), desimal(t.apply(Kolom.NORMA)),
				desimal(t.apply(Kolom.KUOTA_LITER)), panjang(t.apply(Kolom.KUOTA_RUPIAH)), t.apply(Kolom.NIP), t.apply(Kolom.PEMEGANG),
				pilihan(KondisiKendaraan.class, t.apply(Kolom.KONDISI)), pilihan(StatusKendaraan.class, t.apply(Kolom.STATUS)),
				tanggal(t.apply(Kolom.STNK)), tanggal(t.apply(Kolom.PAJAK)));
	}

	/** The agency by id, short name or full name. */
	private Long opd(String nilai) {
		if (nilai == null) {
			throw new IllegalArgumentException("OPD");
		}
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

	private static String teks(Cell c) {
		if (c == null) {
			return null;
		}
		String s = switch (c.getCellType()) {
			case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> c.getStringCellValue();
			case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
			case FORMULA -> c.getCachedFormulaResultType() == CellType.NUMERIC
					? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString() : c.getStringCellValue();
			default -> null;
		};
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Integer bulat(String s) {
		return s == null ? null : Integer.valueOf(s);
	}

	private static Long panjang(String s) {
		return s == null ? null : Long.valueOf(s.replace(".", "").replace(",", ""));
	}

	private static BigDecimal desimal(String s) {
		return s == null ? null : new BigDecimal(s.replace(',', '.'));
	}

	private static <E extends Enum<E>> E pilihan(Class<E> jenis, String s) {
		return s == null ? null : Enum.valueOf(jenis, s.toUpperCase(Locale.ROOT).replace(' ', '_'));
	}

	private static LocalDate tanggal(String s) {
		if (s == null) {
			return null;
		}
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
			c.setCellValue(v.toString());
		}
	}

	public static byte[] tulis(Workbook wb) throws IOException {
		var out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}
}
