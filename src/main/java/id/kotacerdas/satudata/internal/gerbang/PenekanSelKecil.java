package id.kotacerdas.satudata.internal.gerbang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Small-cell suppression of a published table of counts of people or reports (BPS practice for Satu Data): a count
 * from 1 to {@code ambang − 1} could point at someone, so it is published empty with a note. Zero is published (it
 * points at nobody). Where the table has a total — a total row (the sum of every other row) or a total column (the
 * sum of the row's counts) — one suppressed cell in a column or row could be recovered by subtraction, so the
 * smallest other positive count there is suppressed too (complementary suppression), repeated until no line has a
 * single suppressed cell; without such a cell the total itself is suppressed. Derived columns (percentages of a
 * row's counts) are blanked in every row with a suppressed count, since they would give it back.
 */
public final class PenekanSelKecil {

	/** A cell: row and column index. */
	public record Sel(int baris, int kolom) {
	}

	/**
	 * How a table is laid out.
	 *
	 * @param hitungan the count columns (values are whole numbers or null)
	 * @param kolomTotal the column that sums the row's counts, if any (not among {@code hitungan})
	 * @param barisTotal the row that sums every other row, if any
	 * @param turunan derived columns, blanked in rows with a suppressed count
	 */
	public record Susunan(Set<Integer> hitungan, Optional<Integer> kolomTotal, Optional<Integer> barisTotal, Set<Integer> turunan) {

		public Susunan {
			hitungan = Set.copyOf(hitungan);
			turunan = Set.copyOf(turunan);
		}

		/** Counts only, no totals (a breakdown like the complaint statistics). */
		public static Susunan hitunganSaja(Set<Integer> hitungan, Set<Integer> turunan) {
			return new Susunan(hitungan, Optional.empty(), Optional.empty(), turunan);
		}
	}

	/** The table as published (suppressed cells null) and which cells were suppressed. */
	public record Hasil(List<List<Object>> baris, Set<Sel> ditekan) {
	}

	private final int ambang;

	/** @param ambang the smallest count published (BPS: 3) */
	public PenekanSelKecil(int ambang) {
		if (ambang < 1) {
			throw new IllegalArgumentException("ambang must be at least 1: " + ambang);
		}
		this.ambang = ambang;
	}

	public Hasil tekan(List<List<Object>> baris, Susunan s) {
		List<Integer> kolomHitung = new ArrayList<>(s.hitungan());
		s.kolomTotal().ifPresent(kolomHitung::add);
		Set<Sel> ditekan = new HashSet<>();
		for (int b = 0; b < baris.size(); b++) {
			for (int k : kolomHitung) {
				long v = nilai(baris, b, k);
				if (v > 0 && v < ambang) {
					ditekan.add(new Sel(b, k));
				}
			}
		}
		boolean berubah = true;
		while (berubah) {
			berubah = false;
			if (s.barisTotal().isPresent()) {
				int total = s.barisTotal().get();
				for (int k : kolomHitung) {
					List<Sel> garis = IntStream.range(0, baris.size()).filter(b -> b != total).mapToObj(b -> new Sel(b, k)).toList();
					berubah |= lengkapi(baris, garis, new Sel(total, k), ditekan);
				}
			}
			if (s.kolomTotal().isPresent()) {
				int total = s.kolomTotal().get();
				for (int b = 0; b < baris.size(); b++) {
					int bb = b;
					List<Sel> garis = s.hitungan().stream().sorted().map(k -> new Sel(bb, k)).toList();
					berubah |= lengkapi(baris, garis, new Sel(b, total), ditekan);
				}
			}
		}
		List<List<Object>> hasil = new ArrayList<>(baris.size());
		for (int b = 0; b < baris.size(); b++) {
			Object[] r = baris.get(b).toArray();
			int bb = b;
			boolean adaDitekan = ditekan.stream().anyMatch(c -> c.baris() == bb);
			for (int k = 0; k < r.length; k++) {
				if (ditekan.contains(new Sel(b, k)) || (adaDitekan && s.turunan().contains(k))) {
					r[k] = null;
				}
			}
			hasil.add(Arrays.asList(r));
		}
		return new Hasil(hasil, Set.copyOf(ditekan));
	}

	/**
	 * A line (column or row) summed by a total: with exactly one suppressed part and the total published, the part
	 * is the total less the rest, so the smallest other positive part (or else the total) is suppressed too.
	 */
	private static boolean lengkapi(List<List<Object>> baris, List<Sel> garis, Sel total, Set<Sel> ditekan) {
		if (ditekan.contains(total) || garis.stream().filter(ditekan::contains).count() != 1) {
			return false;
		}
		Sel pengganti = garis.stream().filter(c -> !ditekan.contains(c) && nilai(baris, c.baris(), c.kolom()) > 0)
			.min(Comparator.comparingLong((Sel c) -> nilai(baris, c.baris(), c.kolom())).thenComparingInt(Sel::baris).thenComparingInt(Sel::kolom))
			.orElse(total);
		return ditekan.add(pengganti);
	}

	private static long nilai(List<List<Object>> baris, int b, int k) {
		List<Object> r = baris.get(b);
		return k < r.size() && r.get(k) instanceof Number n ? n.longValue() : 0;
	}
}
