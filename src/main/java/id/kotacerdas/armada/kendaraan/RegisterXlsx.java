package id.kotacerdas.armada.kendaraan;

import java.io.IOException;
import java.io.InputStream;
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
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.Kolom.Jenis;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.GalatIsian;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.validation.Validator;

/**
 * The register as a sheet, the way asset offices keep it: one row per vehicle, one column per
 * KIB-B field. The export is written by {@code ekspor} (XLSX, CSV or PDF); an XLSX import updates
 * vehicles by plate and adds the rest, all or nothing.
 */
@Component
public class RegisterXlsx {

	/**
	 * The register's columns in the order of export; on import matched by their header in either
	 * language ({@code armada.kolom.<field>}), wherever they stand.
	 */
	enum Kolom {

		NOMOR_POLISI("nomorPolisi", Jenis.TEKS, 11), TRACKER_ID("trackerId", Jenis.TEKS, 12), OPD("opdId", Jenis.TEKS, 10),
		NOMOR_RANGKA("nomorRangka", Jenis.TEKS, 17), NOMOR_MESIN("nomorMesin", Jenis.TEKS, 12), NOMOR_BPKB("nomorBpkb", Jenis.TEKS, 10),
		MEREK("merek", Jenis.TEKS, 10), TIPE("tipe", Jenis.TEKS, 10), CC("cc", Jenis.BILANGAN, 6),
		// a year is a name, not an amount: no thousands separator
		TAHUN("tahunPembuatan", Jenis.TEKS, 6), HARGA("hargaPerolehan", Jenis.RUPIAH, 14), ASAL("asalPerolehan", Jenis.TEKS, 14),
		GOLONGAN("golongan", Jenis.TEKS, 12), JENIS_BBM("jenisBbm", Jenis.TEKS, 10), TANGKI("kapasitasTangki", Jenis.DESIMAL, 8),
		NORMA("normaKmPerLiter", Jenis.DESIMAL, 8), KUOTA_LITER("kuotaLiterBulanan", Jenis.DESIMAL, 9),
		KUOTA_RUPIAH("kuotaRupiahBulanan", Jenis.RUPIAH, 14), NIP("nipPemegang", Jenis.TEKS, 18), PEMEGANG("namaPemegang", Jenis.TEKS, 18),
		KONDISI("kondisi", Jenis.TEKS, 10), STATUS("status", Jenis.TEKS, 8), STNK("jatuhTempoStnk", Jenis.TANGGAL, 17),
		PAJAK("jatuhTempoPajak", Jenis.TANGGAL, 17);

		/** The decimals of litres and km/litre, as the register stores them. */
		private static final int DESIMAL = 2;

		/** The field of {@link DataKendaraan} the column holds. */
		final String isian;

		private final Jenis jenis;

		/** Characters a usual value takes (the PDF of 24 columns is tight). */
		private final int lebar;

		Kolom(String isian, Jenis jenis, int lebar) {
			this.isian = isian;
			this.jenis = jenis;
			this.lebar = lebar;
		}

		/** The header's message key. */
		String kode() {
			return "armada.kolom." + isian;
		}

		/** The column of an export whose rows are a vehicle's fields by name. */
		id.kotacerdas.ekspor.Kolom<Map<String, Object>> ekspor() {
			return id.kotacerdas.ekspor.Kolom.<Map<String, Object>>baru(kode(), jenis, jenis == Jenis.DESIMAL ? DESIMAL : 0, baris -> baris.get(isian))
				.denganLebar(lebar);
		}
	}

	private static final List<Locale> BAHASA = List.of(Locale.forLanguageTag("id"), Locale.ENGLISH);

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

	/** The register as {@code staf} sees it, for {@link id.kotacerdas.ekspor.PenulisEkspor}. */
	public Ekspor ekspor(Staf staf) {
		Map<Long, String> opd = new HashMap<>();
		daftarOpd.semua().forEach(o -> opd.put(o.id(), o.namaPendek()));
		List<Map<String, Object>> baris = register.daftar(staf).stream().map(k -> {
			Map<String, Object> isian = k.data().isian();
			isian.put(Kolom.OPD.isian, opd.get(k.opdId()));
			isian.replaceAll((nama, nilai) -> nilai instanceof Enum<?> e ? kata(e) : nilai);
			return isian;
		}).toList();
		return Ekspor.satu(id.kotacerdas.ekspor.Kolom.pesan("armada.daftar.judul"), Arrays.stream(Kolom.values()).map(Kolom::ekspor).toList(),
				baris);
	}

	/** RUSAK_RINGAN as "Rusak ringan": a word people read, which {@link #pilihan} reads back. */
	private static String kata(Enum<?> nilai) {
		String kata = nilai.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(kata.charAt(0)) + kata.substring(1);
	}

	/** @return how many rows were imported */
	@Transactional
	public int impor(Staf staf, InputStream berkas) {
		List<DataKendaraan> data = new ArrayList<>();
		List<String> galat = new ArrayList<>();
		try (Workbook wb = buka(berkas)) {
			Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
			if (sheet == null || sheet.getPhysicalNumberOfRows() == 0) {
				throw new PermintaanDitolakException("armada.impor.kosong");
			}
			Map<String, Kolom> judul = judulKolom();
			// the header is the first row naming a column; an exported sheet has its title above it
			Row kepala = sheet.getRow(sheet.getFirstRowNum());
			Map<Kolom, Integer> posisi = new HashMap<>();
			for (Row row : sheet) {
				for (Cell c : row) {
					Kolom k = c.getCellType() == CellType.STRING ? judul.get(c.getStringCellValue().strip().toLowerCase(Locale.ROOT)) : null;
					if (k != null) {
						posisi.put(k, c.getColumnIndex());
					}
				}
				if (!posisi.isEmpty()) {
					kepala = row;
					break;
				}
			}
			if (!posisi.containsKey(Kolom.NOMOR_POLISI)) {
				throw new PermintaanDitolakException("armada.impor.tanpa-kolom", judul(Kolom.NOMOR_POLISI.isian));
			}
			for (int r = kepala.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
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
							.forEach((isian, teks) -> galat.add((baris(row)) + " (" + judul(isian) + ": " + teks + ")"));
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
	private <T> T baca(Function<Kolom, String> teks, Kolom k, Function<String, T> ubah) {
		String s = teks.apply(k);
		if (s == null) {
			return null;
		}
		try {
			return ubah.apply(s);
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new IllegalArgumentException(judul(k.isian) + ": " + s);
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

	/** A field's column header in the reader's language, so a row error points at the column they see. */
	private String judul(String isian) {
		return Arrays.stream(Kolom.values())
			.filter(k -> k.isian.equals(isian))
			.findFirst()
			.map(k -> pesan.getMessage(k.kode(), null, LocaleContextHolder.getLocale()))
			.orElse(isian);
	}

	/** Every column by its header in each language the pages speak, in lower case. */
	private Map<String, Kolom> judulKolom() {
		Map<String, Kolom> judul = new HashMap<>();
		for (Kolom k : Kolom.values()) {
			for (Locale bahasa : BAHASA) {
				judul.put(pesan.getMessage(k.kode(), null, bahasa).toLowerCase(Locale.ROOT), k);
			}
		}
		return judul;
	}
}
