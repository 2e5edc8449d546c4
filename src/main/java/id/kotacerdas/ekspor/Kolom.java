package id.kotacerdas.ekspor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A column of an export: its header (a message, in the reader's language), what it holds, how wide
 * it usually is, and how a row yields its value. A null value is an empty cell.
 *
 * @param judul the header, e.g. {@code Kolom.teks("armada.nomor-polisi", …)} resolves that key
 * @param jenis what the values are, and so how each format writes them
 * @param tempatDesimal digits after the decimal separator shown for {@link Jenis#DESIMAL} and {@link Jenis#PERSEN}
 * @param lebar a width hint in characters (column widths in XLSX and PDF, landscape pages for wide tables)
 * @param nilai the value of a row
 */
public record Kolom<R>(MessageSourceResolvable judul, Jenis jenis, int tempatDesimal, int lebar, Function<? super R, ?> nilai) {

	/** What a column holds. */
	public enum Jenis {

		/** A {@code String}, or a {@link MessageSourceResolvable} written in the reader's language. */
		TEKS(24),

		/** A whole number ({@code Number}), grouped in thousands where people read it. */
		BILANGAN(10),

		/** Whole rupiah ({@code Number}). */
		RUPIAH(14),

		/** A decimal ({@code Number}) shown with a fixed number of places. */
		DESIMAL(10),

		/** Percentage points ({@code Number}: 85.5 is 85.5 %); a real percentage in XLSX (0.855 shown as 85,5%). */
		PERSEN(9),

		/** A calendar date ({@link LocalDate}). */
		TANGGAL(17),

		/** An {@link Instant}, written in WITA. */
		TANGGAL_JAM(26);

		/** The width a column of this kind gets unless told otherwise. */
		final int lebarBiasa;

		Jenis(int lebarBiasa) {
			this.lebarBiasa = lebarBiasa;
		}
	}

	public Kolom {
		if (tempatDesimal < 0 || lebar < 1) {
			throw new IllegalArgumentException("decimal places must be ≥ 0 and the width ≥ 1");
		}
	}

	/** A column of any kind, with the kind's usual width. */
	public static <R> Kolom<R> baru(String kodeJudul, Jenis jenis, int tempatDesimal, Function<? super R, ?> nilai) {
		return new Kolom<>(pesan(kodeJudul), jenis, tempatDesimal, jenis.lebarBiasa, nilai);
	}

	public static <R> Kolom<R> teks(String kodeJudul, Function<? super R, ?> nilai) {
		return baru(kodeJudul, Jenis.TEKS, 0, nilai);
	}

	public static <R> Kolom<R> bilangan(String kodeJudul, Function<? super R, ? extends Number> nilai) {
		return baru(kodeJudul, Jenis.BILANGAN, 0, nilai);
	}

	public static <R> Kolom<R> rupiah(String kodeJudul, Function<? super R, ? extends Number> nilai) {
		return baru(kodeJudul, Jenis.RUPIAH, 0, nilai);
	}

	public static <R> Kolom<R> desimal(String kodeJudul, int tempat, Function<? super R, ? extends Number> nilai) {
		return baru(kodeJudul, Jenis.DESIMAL, tempat, nilai);
	}

	/** @param nilai percentage points: 85.5 for 85.5 % */
	public static <R> Kolom<R> persen(String kodeJudul, int tempat, Function<? super R, ? extends Number> nilai) {
		return baru(kodeJudul, Jenis.PERSEN, tempat, nilai);
	}

	public static <R> Kolom<R> tanggal(String kodeJudul, Function<? super R, LocalDate> nilai) {
		return baru(kodeJudul, Jenis.TANGGAL, 0, nilai);
	}

	public static <R> Kolom<R> tanggalJam(String kodeJudul, Function<? super R, Instant> nilai) {
		return baru(kodeJudul, Jenis.TANGGAL_JAM, 0, nilai);
	}

	/** The same column with another width hint (characters). */
	public Kolom<R> denganLebar(int karakter) {
		return new Kolom<>(judul, jenis, tempatDesimal, karakter, nilai);
	}

	/** The same column under a header built from a message with arguments (which may be messages themselves). */
	public Kolom<R> denganJudul(MessageSourceResolvable judulLain) {
		return new Kolom<>(judulLain, jenis, tempatDesimal, lebar, nilai);
	}

	/**
	 * The same column read from a part of a wider row, e.g. one month's cell of a row that holds
	 * every month.
	 */
	public <T> Kolom<T> dari(Function<? super T, ? extends R> bagian) {
		Function<? super R, ?> baca = nilai;
		return new Kolom<>(judul, jenis, tempatDesimal, lebar, (T baris) -> {
			R isi = bagian.apply(baris);
			return isi == null ? null : baca.apply(isi);
		});
	}

	/** A message by its key, for headers, titles and text values. */
	public static MessageSourceResolvable pesan(String kode, Object... argumen) {
		return new DefaultMessageSourceResolvable(new String[] { kode }, argumen);
	}
}
