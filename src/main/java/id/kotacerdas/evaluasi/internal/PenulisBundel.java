package id.kotacerdas.evaluasi.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;


import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.PdfDariHtml;
import id.kotacerdas.platform.Waktu;

/**
 * Writes a filled form: XLSX (a sheet per layout sheet, sections as bold heading rows, numbers as numbers), PDF
 * (the same tables, A4 landscape, by openhtmltopdf from {@code classpath:evaluasi/bundel-pdf.html}) and a ZIP of
 * the evidence files, one folder per sheet and row. A form is several sheets with sections, which the one-table
 * writer of {@code ekspor} does not do.
 */
@Component
class PenulisBundel {

	/** Characters per column width unit in POI (1/256 of a character). */
	private static final int SATUAN_LEBAR = 256;

	/** Widest column, in characters; longer text wraps. */
	private static final int LEBAR_MAKS = 60;

	private final SpringTemplateEngine mesin;

	private final MessageSource pesan;

	private final PdfDariHtml pdfDariHtml;

	private final LayananBerkas berkas;

	PenulisBundel(MessageSource pesan, PdfDariHtml pdfDariHtml, LayananBerkas berkas) {
		this.pesan = pesan;
		this.pdfDariHtml = pdfDariHtml;
		this.berkas = berkas;
		this.mesin = new SpringTemplateEngine();
		ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
		r.setPrefix("evaluasi/");
		r.setSuffix(".html");
		r.setTemplateMode(TemplateMode.HTML);
		r.setCharacterEncoding("UTF-8");
		mesin.setTemplateResolver(r);
		mesin.setTemplateEngineMessageSource(pesan);
	}

	byte[] xlsx(Bundel b, Locale bahasa) {
		try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			Font tebal = wb.createFont();
			tebal.setBold(true);
			CellStyle gayaJudul = wb.createCellStyle();
			gayaJudul.setFont(tebal);
			CellStyle gayaTeks = wb.createCellStyle();
			gayaTeks.setWrapText(true);
			gayaTeks.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
			for (Bundel.Lembar l : b.lembar()) {
				Sheet s = wb.createSheet(l.nama());
				int r = 0;
				teks(s.createRow(r++), 0, b.judul(), gayaJudul);
				teks(s.createRow(r++), 0, l.judul(), gayaJudul);
				teks(s.createRow(r++), 0, dibuat(b, bahasa), null);
				int[] lebar = new int[l.kepala().size()];
				for (Bundel.Bagian bg : l.bagian()) {
					r++;
					if (bg.judul() != null) {
						teks(s.createRow(r++), 0, bg.judul(), gayaJudul);
					}
					Row kepala = s.createRow(r++);
					for (int k = 0; k < l.kepala().size(); k++) {
						teks(kepala, k, l.kepala().get(k), gayaJudul);
						lebar[k] = Math.max(lebar[k], l.kepala().get(k).length());
					}
					for (Bundel.Baris baris : bg.baris()) {
						Row row = s.createRow(r++);
						for (int k = 0; k < baris.sel().size(); k++) {
							Object v = baris.sel().get(k);
							if (v instanceof Number n) {
								row.createCell(k).setCellValue(new BigDecimal(n.toString()).doubleValue());
							}
							else if (v != null) {
								teks(row, k, v.toString(), gayaTeks);
								lebar[k] = Math.max(lebar[k], Math.min(LEBAR_MAKS, v.toString().length()));
							}
						}
					}
				}
				for (int k = 0; k < lebar.length; k++) {
					s.setColumnWidth(k, (Math.max(lebar[k], 6) + 2) * SATUAN_LEBAR);
				}
			}
			wb.write(keluar);
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text is always a text cell, so a value starting with {@code =} is never taken for a formula. */
	private static void teks(Row row, int kolom, String nilai, CellStyle gaya) {
		Cell c = row.createCell(kolom);
		c.setCellValue(nilai);
		if (gaya != null) {
			c.setCellStyle(gaya);
		}
	}

	private String dibuat(Bundel b, Locale bahasa) {
		return pesan.getMessage("evaluasi.bundel.dibuat", new Object[] { Waktu.formatTanggalJam(b.dibuat()), b.tahunTataLetak() }, bahasa);
	}

	/** Rendered by the platform's one renderer on the bounded heavy-work pool: layout and fonts cost CPU and memory (503 when it is full). */
	byte[] pdf(Bundel b, Locale bahasa) {
		Context ctx = new Context(bahasa, Map.of("b", b, "dibuat", dibuat(b, bahasa), "f", new Format(bahasa)));
		String html = mesin.process("bundel-pdf", ctx);
		return pdfDariHtml.pdf(html);
	}

	/** How the PDF shows a cell: numbers in the reader's format, right-aligned. */
	record Format(Locale bahasa) {

		public boolean angka(Object v) {
			return v instanceof Number;
		}

		public String teks(Object v) {
			return v instanceof Number n ? java.text.NumberFormat.getNumberInstance(bahasa).format(new BigDecimal(n.toString())) : v == null ? "" : v.toString();
		}
	}

	/** The evidence files, {@code <sheet>/<row>/<file>}; a name used twice in a folder gets a number. */
	byte[] zip(Bundel b) {
		try (ByteArrayOutputStream keluar = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(keluar)) {
			Set<String> dipakai = new HashSet<>();
			for (Bundel.Lembar l : b.lembar()) {
				for (Bundel.Bagian bg : l.bagian()) {
					for (Bundel.Baris baris : bg.baris()) {
						for (SumberBaris.Bukti bukti : baris.bukti()) {
							String map = segmen(l.nama()) + "/" + segmen(baris.label()) + "/";
							String nama = map + segmen(bukti.nama());
							for (int n = 2; !dipakai.add(nama); n++) {
								nama = map + n + "-" + segmen(bukti.nama());
							}
							zip.putNextEntry(new ZipEntry(nama));
							zip.write(berkas.baca(bukti.berkas()).isi());
							zip.closeEntry();
						}
					}
				}
			}
			zip.finish();
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A path segment safe in every unzip tool: no separators, no leading dot, not too long. */
	static String segmen(String teks) {
		String s = teks.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		s = s.replaceFirst("^\\.+", "_");
		return s.length() > 80 ? s.substring(0, 80).strip() : s;
	}
}
