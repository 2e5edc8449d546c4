package id.kotacerdas.satudata.internal.unggah;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.satudata.internal.gerbang.GerbangDataPribadi;

/**
 * An uploaded table read whole: the first row names the columns, each column's type is told from its values (whole
 * numbers, decimals with a comma or a point, months {@code 2026-03}, else text).
 *
 * @param baris every data row, cells as text, as wide as the header
 */
public record Lembar(List<String> kolom, List<JenisKolom> jenis, List<List<String>> baris) {

	private static final Pattern BULAT = Pattern.compile("-?[0-9]+");

	private static final Pattern DESIMAL = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

	private static final Pattern BULAN = Pattern.compile("[0-9]{4}-[0-9]{2}");

	private static final Pattern TANGGAL = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	public Lembar {
		kolom = List.copyOf(kolom);
		jenis = List.copyOf(jenis);
		baris = List.copyOf(baris);
	}

	/**
	 * @param barisMaks the most rows read (the header included) before the file is refused (400)
	 * @throws id.kotacerdas.platform.PermintaanDitolakException 400 when the file is no CSV or XLSX, or too long
	 */
	public static Lembar baca(byte[] isi, int barisMaks) {
		List<List<String>> semua = new ArrayList<>();
		LembarMasuk.baca(new ByteArrayInputStream(isi), barisMaks, b -> semua.add(b.sel()));
		if (semua.isEmpty()) {
			return new Lembar(List.of(), List.of(), List.of());
		}
		List<String> kepala = new ArrayList<>(semua.get(0).stream().map(s -> s.replace("\uFEFF", "").strip()).toList());
		int lebar = semua.stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < lebar; i++) {
			if (i >= kepala.size()) {
				kepala.add("");
			}
			if (kepala.get(i).isEmpty()) {
				kepala.set(i, "kolom_" + (i + 1));
			}
		}
		List<List<String>> baris = semua.subList(1, semua.size()).stream().map(r -> {
			String[] sel = new String[lebar];
			Arrays.fill(sel, "");
			for (int i = 0; i < r.size(); i++) {
				sel[i] = r.get(i);
			}
			return List.of(sel);
		}).toList();
		List<JenisKolom> jenis = new ArrayList<>();
		for (int k = 0; k < lebar; k++) {
			int kk = k;
			List<String> nilai = baris.stream().map(r -> r.get(kk)).filter(s -> !s.isEmpty()).toList();
			jenis.add(jenis(nilai));
		}
		return new Lembar(kepala, jenis, baris);
	}

	private static JenisKolom jenis(List<String> nilai) {
		if (nilai.isEmpty()) {
			return JenisKolom.TEKS;
		}
		if (nilai.stream().allMatch(v -> BULAT.matcher(v).matches() && v.replace("-", "").length() < 16)) {
			// 16 digits and more are identifiers, never counts
			return JenisKolom.BILANGAN_BULAT;
		}
		if (nilai.stream().allMatch(v -> DESIMAL.matcher(v).matches())) {
			return JenisKolom.DESIMAL;
		}
		if (nilai.stream().allMatch(v -> BULAN.matcher(v).matches() && bulan(v) != null)) {
			return JenisKolom.BULAN;
		}
		// the reader gives a date cell as an ISO date whatever its display format
		if (nilai.stream().allMatch(v -> TANGGAL.matcher(v).matches() && tanggal(v) != null)) {
			return JenisKolom.TANGGAL;
		}
		return JenisKolom.TEKS;
	}

	/** The table as the personal-data gate reads it. */
	public GerbangDataPribadi.Tabel tabel() {
		return new GerbangDataPribadi.Tabel(kolom, baris);
	}

	/** A row with each cell as its column's type ({@link JenisKolom#jenisJava()}), null when empty. */
	public List<Object> nilai(int b) {
		List<String> r = baris.get(b);
		List<Object> hasil = new ArrayList<>(r.size());
		for (int k = 0; k < r.size(); k++) {
			hasil.add(nilai(jenis.get(k), r.get(k)));
		}
		return hasil;
	}

	static Object nilai(JenisKolom jenis, String teks) {
		if (teks == null || teks.isEmpty()) {
			return null;
		}
		return switch (jenis) {
			case BILANGAN_BULAT -> Long.valueOf(teks);
			case DESIMAL -> new BigDecimal(teks.replace(',', '.'));
			case BULAN -> bulan(teks);
			case TANGGAL -> tanggal(teks);
			case TEKS -> teks;
		};
	}

	private static LocalDate tanggal(String v) {
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static YearMonth bulan(String v) {
		try {
			return YearMonth.parse(v);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
