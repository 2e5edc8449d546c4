package id.kotacerdas.open311.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.ObjectMapper;

/**
 * One answer as a tree that is written both as XML and as JSON, so the two formats cannot drift
 * apart. JSON follows the spec's Spark convention: a list container becomes an array even with one
 * child, an element with children an object, an empty value {@code null}.
 */
sealed interface Dokumen {

	String nama();

	/** A leaf: a string, number, boolean, or null (an empty element). */
	record Nilai(String nama, Object nilai) implements Dokumen {
	}

	/** An element with named children: a JSON object. */
	record Objek(String nama, List<Dokumen> anak) implements Dokumen {

		Objek(String nama, Dokumen... anak) {
			this(nama, Arrays.asList(anak));
		}
	}

	/** A list container (all children share one element name): a JSON array. */
	record Daftar(String nama, List<? extends Dokumen> anak) implements Dokumen {
	}

	/** Factories are costly to look up; the JDK's creates independent writers, so one instance serves all threads. */
	XMLOutputFactory XML = XMLOutputFactory.newFactory();

	static Nilai nilai(String nama, Object nilai) {
		return new Nilai(nama, nilai instanceof String s && s.isEmpty() ? null : nilai);
	}

	static byte[] xml(Dokumen akar) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
			w.writeStartDocument("UTF-8", "1.0");
			tulis(w, akar);
			w.writeEndDocument();
			w.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	static byte[] json(Dokumen akar, ObjectMapper mapper) {
		return mapper.writeValueAsBytes(keJson(akar));
	}

	private static void tulis(XMLStreamWriter w, Dokumen d) throws XMLStreamException {
		if (d instanceof Nilai n) {
			if (n.nilai() == null) {
				w.writeEmptyElement(n.nama());
			}
			else {
				w.writeStartElement(n.nama());
				w.writeCharacters(bersih(String.valueOf(n.nilai())));
				w.writeEndElement();
			}
			return;
		}
		w.writeStartElement(d.nama());
		for (Dokumen a : anak(d)) {
			tulis(w, a);
		}
		w.writeEndElement();
	}

	private static List<? extends Dokumen> anak(Dokumen d) {
		return d instanceof Objek o ? o.anak() : ((Daftar) d).anak();
	}

	private static Object keJson(Dokumen d) {
		if (d instanceof Nilai n) {
			return n.nilai();
		}
		if (d instanceof Objek o) {
			Map<String, Object> peta = new LinkedHashMap<>();
			o.anak().forEach(a -> peta.put(a.nama(), keJson(a)));
			return peta;
		}
		List<Object> isi = new ArrayList<>();
		anak(d).forEach(a -> isi.add(keJson(a)));
		return isi;
	}

	/** Drops characters XML 1.0 cannot carry (stored text may hold them; JSON would escape them). */
	private static String bersih(String s) {
		StringBuilder b = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean sah = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
					|| (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
			if (!sah && b == null) {
				b = new StringBuilder(s.substring(0, i));
			}
			else if (sah && b != null) {
				b.append(c);
			}
		}
		return b == null ? s : b.toString();
	}
}
