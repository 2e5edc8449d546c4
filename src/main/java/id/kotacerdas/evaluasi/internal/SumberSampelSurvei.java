package id.kotacerdas.evaluasi.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import id.kotacerdas.platform.IsianDitolakException;

/**
 * The sample lists of an impact survey (Kominfo's smart-city self-assessment asks for the 2023 one): which respondent
 * groups were asked per dimension and programme, how many, in which kelurahan and by which method. The platform holds no
 * such survey, so the rows are entered as data in the layout itself ({@code parameter: {baris: [...]}}), which Kominfo
 * uploads and the audit log keeps. A row describes a group, never a person: the fields are fixed and none holds a
 * respondent, a row without its source document or with a number shaped like a NIK or phone is refused.
 */
@Component
class SumberSampelSurvei implements SumberBaris {

	static final String PARAMETER_BARIS = "baris";

	static final String JUMLAH = "jumlah-sampel";

	/** The fields a row may have; every one but {@link #SUMBER} describes the group, not its members. */
	private static final Set<String> ISIAN = Set.of("dimensi", "program", "kelompok-responden", JUMLAH, "kelurahan", "metode", "periode", SUMBER);

	private static final List<String> WAJIB = List.of("kelompok-responden", JUMLAH, "metode", SUMBER);

	/** A NIK (16 digits) or a phone number (10 digits or more once spaces, dots and dashes go): no group description needs one. */
	private static final Pattern NOMOR_ORANG = Pattern.compile("\\d{10,}");

	private static final Pattern PEMISAH_ANGKA = Pattern.compile("[\\s.+-]");

	@Override
	public String nama() {
		return "sampel-survei";
	}

	@Override
	public Set<String> isian() {
		return ISIAN;
	}

	@Override
	public List<Baris> baris(int tahun, Map<String, Object> parameter, Locale bahasa) {
		List<Baris> hasil = new ArrayList<>();
		for (Map<?, ?> b : daftar(parameter)) {
			Map<String, Object> isi = new LinkedHashMap<>();
			for (String kolom : ISIAN) {
				isi.put(kolom, null);
			}
			b.forEach((k, v) -> isi.put(String.valueOf(k), v instanceof Number n ? n : v == null ? null : String.valueOf(v)));
			hasil.add(new Baris(String.valueOf(b.get("kelompok-responden")), isi, List.of()));
		}
		return hasil;
	}

	@Override
	public List<IsianDitolakException.Galat> periksa(Map<String, Object> parameter) {
		List<IsianDitolakException.Galat> galat = new ArrayList<>();
		Object baris = parameter.get(PARAMETER_BARIS);
		if (!(baris instanceof List<?> semua) || semua.isEmpty() || !semua.stream().allMatch(Map.class::isInstance)) {
			return List.of(new IsianDitolakException.Galat("berkas", "evaluasi.sampel.tanpa-baris"));
		}
		int nomor = 0;
		for (Object o : semua) {
			nomor++;
			Map<?, ?> b = (Map<?, ?>) o;
			for (Object k : b.keySet()) {
				if (!ISIAN.contains(String.valueOf(k))) {
					galat.add(new IsianDitolakException.Galat("berkas", "evaluasi.sampel.kolom-asing", nomor, k));
				}
			}
			for (String w : WAJIB) {
				if (b.get(w) == null || String.valueOf(b.get(w)).isBlank()) {
					galat.add(new IsianDitolakException.Galat("berkas", "evaluasi.sampel.wajib", nomor, w));
				}
			}
			Object jumlah = b.get(JUMLAH);
			if (jumlah != null && !(jumlah instanceof Integer n && n > 0)) {
				galat.add(new IsianDitolakException.Galat("berkas", "evaluasi.sampel.jumlah", nomor));
			}
			for (Map.Entry<?, ?> e : b.entrySet()) {
				if (!JUMLAH.equals(e.getKey()) && e.getValue() != null && NOMOR_ORANG.matcher(PEMISAH_ANGKA.matcher(String.valueOf(e.getValue())).replaceAll("")).find()) {
					galat.add(new IsianDitolakException.Galat("berkas", "evaluasi.sampel.data-pribadi", nomor, e.getKey()));
				}
			}
		}
		return galat;
	}

	private static List<Map<?, ?>> daftar(Map<String, Object> parameter) {
		return parameter.get(PARAMETER_BARIS) instanceof List<?> semua
				? semua.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList() : List.of();
	}
}
