package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContextHolder;

import id.kotacerdas.pasar.internal.IndeksHarga.Minggu;

/**
 * The weekly index as a bar chart drawn on the server (SVG attributes, no script, no inline
 * style): one bar per week for the basket and, when a commodity is chosen, a second for it. Up
 * from the middle line is a rise, down a fall, on one scale for both.
 *
 * @param lebar width of the drawing in its own units, {@link #SLOT} per week
 * @param skala the largest change drawn, in percent (the top and bottom edge)
 */
record GrafikIndeks(int lebar, List<Batang> batang, BigDecimal skala) {

	static final int SLOT = 10;

	/** Half the drawing's height; the middle line lies here. */
	static final int TENGAH = 30;

	/** The longest bar leaves a little room to the edge. */
	private static final double PANJANG_MAKS = 28;

	/**
	 * @param satu the chosen commodity's bar rather than the basket's
	 * @param judul what a pointer over it reads: the week and the change
	 */
	record Batang(int x, double y, int lebar, double tinggi, boolean satu, boolean naik, String judul) {
	}

	static GrafikIndeks dari(List<Minggu> minggu, Map<LocalDate, BigDecimal> satu) {
		BigDecimal skala = Stream.concat(minggu.stream().map(Minggu::indeks), satu.values().stream())
			.filter(v -> v != null)
			.map(BigDecimal::abs)
			.reduce(BigDecimal.ONE, BigDecimal::max);
		NumberFormat persen = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		persen.setMinimumFractionDigits(IndeksHarga.DESIMAL);
		persen.setMaximumFractionDigits(IndeksHarga.DESIMAL);
		DateTimeFormatter hari = DateTimeFormatter.ofPattern("d MMM", LocaleContextHolder.getLocale());
		List<Batang> batang = new ArrayList<>();
		boolean dua = !satu.isEmpty();
		for (int i = 0; i < minggu.size(); i++) {
			Minggu m = minggu.get(i);
			int lebar = dua ? SLOT / 2 - 1 : SLOT - 2;
			tambah(batang, i * SLOT + 1, lebar, m.indeks(), skala, false, hari.format(m.senin()), persen);
			if (dua) {
				tambah(batang, i * SLOT + SLOT / 2, lebar, satu.get(m.senin()), skala, true, hari.format(m.senin()), persen);
			}
		}
		return new GrafikIndeks(minggu.size() * SLOT, batang, skala);
	}

	private static void tambah(List<Batang> batang, int x, int lebar, BigDecimal nilai, BigDecimal skala, boolean satu, String minggu,
			NumberFormat persen) {
		if (nilai == null) {
			return;
		}
		double tinggi = PANJANG_MAKS * nilai.abs().doubleValue() / skala.doubleValue();
		boolean naik = nilai.signum() > 0;
		batang.add(new Batang(x, naik ? TENGAH - tinggi : TENGAH, lebar, tinggi, satu, naik,
				minggu + ": " + (naik ? "+" : "") + persen.format(nilai) + "%"));
	}

	public int tinggi() {
		return 2 * TENGAH;
	}

	public int tengah() {
		return TENGAH;
	}
}
