package id.kotacerdas.satudata.internal.dcat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small RDF graph of the catalogue, built once and written as JSON-LD (with its context inline, so a parser fetches
 * nothing) or Turtle. Predicates and types are compact IRIs of {@link #AWALAN}.
 */
final class GrafRdf {

	static final Map<String, String> AWALAN = awalan();

	private static Map<String, String> awalan() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("dcat", "http://www.w3.org/ns/dcat#");
		m.put("dct", "http://purl.org/dc/terms/");
		m.put("foaf", "http://xmlns.com/foaf/0.1/");
		m.put("skos", "http://www.w3.org/2004/02/skos/core#");
		m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		m.put("vcard", "http://www.w3.org/2006/vcard/ns#");
		return m;
	}

	/** An object: an IRI, or a literal with a language or a datatype (compact, e.g. xsd:date), or neither. */
	record Nilai(String iri, String teks, String bahasa, String tipe) {

		static Nilai iri(String iri) {
			return new Nilai(iri, null, null, null);
		}

		static Nilai teks(String teks, String bahasa) {
			return new Nilai(null, teks, bahasa, null);
		}

		static Nilai bertipe(String teks, String tipe) {
			return new Nilai(null, teks, null, tipe);
		}
	}

	/** The subjects in the order first described, each with its types and its predicates' values in order. */
	private final Map<String, Map<String, Set<Nilai>>> subjek = new LinkedHashMap<>();

	void tambah(String s, String predikat, Nilai o) {
		if (o == null || (o.iri() == null && o.teks() == null)) {
			return;
		}
		// a set: an agency or theme shared by many datasets is described once
		subjek.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(predikat, k -> new LinkedHashSet<>()).add(o);
	}

	void jenis(String s, String jenis) {
		tambah(s, "@type", Nilai.iri(jenis));
	}

	/** JSON-LD: one node per subject in {@code @graph}, the prefixes as the inline context. */
	Map<String, Object> jsonLd() {
		List<Map<String, Object>> graf = new ArrayList<>();
		subjek.forEach((s, ps) -> {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("@id", s);
			ps.forEach((p, os) -> {
				if (p.equals("@type")) {
					node.put("@type", os.stream().map(Nilai::iri).toList());
				}
				else {
					node.put(p, os.stream().map(GrafRdf::nilaiJsonLd).toList());
				}
			});
			graf.add(node);
		});
		Map<String, Object> dok = new LinkedHashMap<>();
		dok.put("@context", AWALAN);
		dok.put("@graph", graf);
		return dok;
	}

	private static Map<String, Object> nilaiJsonLd(Nilai o) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (o.iri() != null) {
			m.put("@id", o.iri());
			return m;
		}
		m.put("@value", o.teks());
		if (o.bahasa() != null) {
			m.put("@language", o.bahasa());
		}
		if (o.tipe() != null) {
			m.put("@type", o.tipe());
		}
		return m;
	}

	/** Turtle: the prefixes, then one block per subject. */
	String turtle() {
		StringBuilder t = new StringBuilder();
		AWALAN.forEach((a, iri) -> t.append("@prefix ").append(a).append(": <").append(iri).append("> .\n"));
		subjek.forEach((s, ps) -> {
			t.append('\n').append(iriTurtle(s));
			List<String> baris = new ArrayList<>();
			ps.forEach((p, os) -> baris.add((p.equals("@type") ? "a" : p) + " "
					+ String.join(", ", os.stream().map(o -> p.equals("@type") ? o.iri() : nilaiTurtle(o)).toList())));
			t.append(' ').append(String.join(" ;\n    ", baris)).append(" .\n");
		});
		return t.toString();
	}

	private static String nilaiTurtle(Nilai o) {
		if (o.iri() != null) {
			return iriTurtle(o.iri());
		}
		String teks = '"' + o.teks().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
				+ '"';
		return o.bahasa() != null ? teks + "@" + o.bahasa() : o.tipe() != null ? teks + "^^" + o.tipe() : teks;
	}

	/** A compact IRI (prefix:local) as is; a full one in angle brackets, the characters Turtle forbids escaped. */
	private static String iriTurtle(String iri) {
		int titikDua = iri.indexOf(':');
		if (titikDua > 0 && AWALAN.containsKey(iri.substring(0, titikDua))) {
			return iri;
		}
		StringBuilder b = new StringBuilder("<");
		for (char c : iri.toCharArray()) {
			if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
				b.append(String.format("%%%02X", (int) c));
			}
			else {
				b.append(c);
			}
		}
		return b.append('>').toString();
	}
}
