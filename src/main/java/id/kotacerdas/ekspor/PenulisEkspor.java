package id.kotacerdas.ekspor;

import java.io.OutputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an {@link Ekspor} as CSV, XLSX or PDF. Rows are read once and written as they come
 * (XLSX through a sliding window, PDF page by page), so the size of an export is bounded by the
 * caller's rows, not by the writer.
 */
public interface PenulisEkspor {

	/**
	 * @param bahasa the reader's language: headers, titles, number and date formats (Indonesian
	 *            unless English)
	 * @throws java.io.UncheckedIOException when the stream fails
	 */
	void tulis(Ekspor ekspor, FormatEkspor format, Locale bahasa, OutputStream keluar);

	/**
	 * Answers an HTTP request with the export as a download in the request's language: the
	 * format's content type and a file name of the title and today's date (WITA), e.g.
	 * {@code statistik-pengaduan-2026-11-30.xlsx}.
	 */
	void kirim(Ekspor ekspor, FormatEkspor format, HttpServletResponse jawaban);
}
