package id.kotacerdas.pengaduan.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A report's answers to its category's extra questions as staff read them: the question's text,
 * then the answer in words (the choice's name, a date, a number with the reader's separator),
 * not the stored JSON of question codes and choice keys.
 */
@Component
class JawabanTambahan {

	record Jawaban(String pertanyaan, String nilai) {
	}

	private final KategoriRepository kategori;

	private final ObjectMapper json;

	JawabanTambahan(KategoriRepository kategori, ObjectMapper json) {
		this.kategori = kategori;
		this.json = json;
	}

	List<Jawaban> baca(String kategoriKode, String atributJson, Locale bahasa) {
		JsonNode tersimpan = json.readTree(atributJson == null ? "{}" : atributJson);
		Map<String, Pertanyaan> pertanyaan = kategori.cari(kategoriKode).map(k -> k.pertanyaan().stream()
			.collect(Collectors.toMap(Pertanyaan::kode, Function.identity()))).orElse(Map.of());
		List<Jawaban> hasil = new ArrayList<>();
		tersimpan.properties().forEach(e -> {
			Pertanyaan q = pertanyaan.get(e.getKey());
			// a question removed after the report was filed keeps its code as the only name there is
			hasil.add(new Jawaban(q == null ? e.getKey() : q.teks(), nilai(q, e.getValue(), bahasa)));
		});
		return hasil;
	}

	private static String nilai(Pertanyaan q, JsonNode node, Locale bahasa) {
		List<String> nilai = new ArrayList<>();
		for (JsonNode n : node.isArray() ? node.values() : List.of(node)) {
			nilai.add(satu(q, n, bahasa));
		}
		return String.join(", ", nilai);
	}

	private static String satu(Pertanyaan q, JsonNode n, Locale bahasa) {
		if (n.isNumber()) {
			return angka(n.decimalValue(), bahasa);
		}
		String s = n.asString();
		if (q == null) {
			return s;
		}
		return switch (q.jenis()) {
			case PILIHAN_TUNGGAL, PILIHAN_GANDA -> q.pilihan().stream().filter(p -> p.kunci().equals(s)).map(Pertanyaan.Pilihan::nama)
				.findFirst().orElse(s);
			case TANGGAL -> Waktu.formatTanggal(LocalDate.parse(s));
			case ANGKA -> angka(new BigDecimal(s), bahasa);
			case TEKS -> s;
		};
	}

	private static String angka(BigDecimal n, Locale bahasa) {
		NumberFormat format = NumberFormat.getNumberInstance(bahasa);
		format.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
		return format.format(n);
	}
}
