/**
 * One export writer for every module: a table defined once (title, typed columns, rows) is written
 * as CSV, XLSX or PDF in the reader's language, with formula-leading text neutralised, Indonesian
 * number and date formats, and the title and generation time (WITA).
 * <p>
 * A controller builds an {@link id.kotacerdas.ekspor.Ekspor} and hands it to
 * {@link id.kotacerdas.ekspor.PenulisEkspor#kirim}, taking the format as a
 * {@link id.kotacerdas.ekspor.FormatEkspor} path variable or {@code ?format=} parameter (an unknown
 * one is a 400 before the handler runs).
 * <p>
 * The other way, {@link id.kotacerdas.ekspor.LembarMasuk} reads an uploaded CSV or XLSX row by row
 * (streamed, separator and byte-order mark handled, dates as ISO dates), for every module's import;
 * {@link id.kotacerdas.ekspor.ImporBertahap} is the one staged import on it (dry run, then all or
 * nothing) and {@link id.kotacerdas.ekspor.HalamanImpor} the web side of its steps.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package id.kotacerdas.ekspor;
