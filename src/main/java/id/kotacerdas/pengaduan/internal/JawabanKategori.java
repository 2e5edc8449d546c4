package id.kotacerdas.pengaduan.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.Pertanyaan;
import tools.jackson.databind.ObjectMapper;

/** The answers to a category's extra questions in words: the question's text and the chosen options' names, not their codes. */
@Component
class JawabanKategori {

	/** One answered question as a page shows it. */
	record Jawaban(String pertanyaan, String jawaban) {
	}

	private final KategoriRepository kategori;

	private final ObjectMapper json;

	JawabanKategori(KategoriRepository kategori, ObjectMapper json) {
		this.kategori = kategori;
		this.json = json;
	}

	List<Jawaban> baca(String kategoriKode, String atributJson, Locale locale) {
		Map<?, ?> nilai = atributJson == null || atributJson.isBlank() ? Map.of() : json.readValue(atributJson, Map.class);
		List<Jawaban> hasil = new ArrayList<>();
		List<Pertanyaan> ditanya = kategori.cari(kategoriKode).map(Kategori::pertanyaan).orElse(List.of());
		Set<String> kodeDitanya = ditanya.stream().map(Pertanyaan::kode).collect(Collectors.toSet());
		List<Pertanyaan> semua = new ArrayList<>(ditanya);
		// answers to questions retired since the report was filed, read only when there are answers left over
		if (!kodeDitanya.containsAll(nilai.keySet())) {
			kategori.pertanyaanPensiun(kategoriKode).stream().filter(q -> !kodeDitanya.contains(q.kode())).forEach(semua::add);
		}
		semua.forEach(q -> {
			Object v = nilai.get(q.kode());
			if (v != null) {
				hasil.add(new Jawaban(q.teks(), teks(q, v, locale)));
			}
		});
		return hasil;
	}

	private static String teks(Pertanyaan q, Object v, Locale locale) {
		return switch (q.jenis()) {
			case PILIHAN_TUNGGAL, PILIHAN_GANDA -> String.join(", ", (v instanceof Collection<?> c ? c : List.of(v)).stream()
				.map(k -> q.pilihan().stream().filter(p -> p.kunci().equals(k.toString())).map(Pertanyaan.Pilihan::nama).findFirst()
					.orElse(k.toString()))
				.toList());
			case ANGKA -> NumberFormat.getNumberInstance(locale).format(new BigDecimal(v.toString()));
			case TANGGAL -> tanggal(v.toString(), locale);
			case TEKS -> v.toString();
		};
	}

	private static String tanggal(String iso, Locale locale) {
		try {
			return LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}
}
