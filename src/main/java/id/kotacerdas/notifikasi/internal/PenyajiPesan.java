package id.kotacerdas.notifikasi.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import id.kotacerdas.notifikasi.Kata;
import id.kotacerdas.notifikasi.TeksPesan;
import id.kotacerdas.platform.Waktu;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Renders a message from the bundles in its recipient's language, and keeps its parameters as
 * JSON in between: each one tagged with its kind, so a date or a word is written only when the
 * language is known.
 */
@Component
class PenyajiPesan {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	private static final String SUBJEK = ".subjek";

	private static final String ISI = ".isi";

	private static final TypeReference<List<Map<String, Object>>> DAFTAR = new TypeReference<>() {
	};

	private final MessageSource pesan;

	private final ObjectMapper json;

	PenyajiPesan(MessageSource pesan, ObjectMapper json) {
		this.pesan = pesan;
		this.json = json;
	}

	/** A template without subject or body is a programming error: refused when queued, not discovered at every attempt. */
	void periksa(String templat) {
		try {
			pesan.getMessage(templat + SUBJEK, null, INDONESIA);
			pesan.getMessage(templat + ISI, null, INDONESIA);
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalArgumentException("no template " + templat + " (" + templat + SUBJEK + ", " + templat + ISI + ") in the bundles", ex);
		}
	}

	String simpan(List<Object> parameter) {
		return json.writeValueAsString(parameter.stream().map(PenyajiPesan::bertanda).toList());
	}

	private static Map<String, Object> bertanda(Object p) {
		if (p instanceof Kata k) {
			return Map.of("kata", k.kunci());
		}
		if (p instanceof LocalDate d) {
			return Map.of("tanggal", d.toString());
		}
		if (p instanceof Number n) {
			return Map.of("angka", n.longValue());
		}
		return Map.of("teks", p == null ? "" : p);
	}

	TeksPesan sajikan(String templat, String parameter, Locale bahasa) {
		Object[] argumen = json.readValue(parameter, DAFTAR).stream().map(p -> nilai(p, bahasa)).toArray();
		return new TeksPesan(pesan.getMessage(templat + SUBJEK, argumen, bahasa), pesan.getMessage(templat + ISI, argumen, bahasa));
	}

	private Object nilai(Map<String, Object> p, Locale bahasa) {
		if (p.containsKey("kata")) {
			return new Kata((String) p.get("kata"));
		}
		if (p.containsKey("tanggal")) {
			return Waktu.formatTanggal(LocalDate.parse((String) p.get("tanggal")), bahasa);
		}
		if (p.containsKey("angka")) {
			return ((Number) p.get("angka")).longValue();
		}
		return p.get("teks");
	}
}
