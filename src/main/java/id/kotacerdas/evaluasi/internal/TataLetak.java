package id.kotacerdas.evaluasi.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import id.kotacerdas.platform.IsianDitolakException;

/**
 * A form's layout for a year, read from YAML: sheets, each filled from one row source, optionally in sections
 * (rows grouped by one of their fields), with the columns in order, each a heading and the row field it shows.
 * Everything a form changes from year to year is here, so next year's form is a new file, not new code.
 *
 * @param judul the form's title
 */
record TataLetak(String judul, List<Lembar> lembar) {

	/** A sheet name as a spreadsheet allows it (Excel: at most 31 characters). */
	static final int PANJANG_NAMA_LEMBAR = 31;

	/** A layout file larger than this is not a layout. */
	static final int UKURAN_MAKS = 256 * 1024;

	TataLetak {
		lembar = List.copyOf(lembar);
	}

	/**
	 * @param judul the sheet's heading; {@code {tahun}} is replaced by the year
	 * @param sumber the row source's name ({@link SumberBaris#nama()})
	 * @param parameter what the source is asked for (e.g. which indicator codes), as the source reads it
	 * @param bagian the row field whose value starts a new section, or null for one section
	 */
	record Lembar(String nama, String judul, String sumber, Map<String, Object> parameter, String bagian, List<Kolom> kolom) {

		Lembar {
			parameter = parameter == null ? Map.of() : Map.copyOf(parameter);
			kolom = List.copyOf(kolom);
		}
	}

	/** @param isi the row field shown in the column */
	record Kolom(String judul, String isi) {
	}

	/**
	 * Reads a layout and checks it against the row sources: every sheet names a known source, every column and the
	 * section field one of its fields. Every problem at once, as a 400 under the field {@code berkas}.
	 */
	static TataLetak baca(String yaml, Map<String, SumberBaris> sumber) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Object akar;
		try {
			akar = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException ex) {
			p.tolak("berkas", "evaluasi.tata-letak.bukan-yaml", ringkas(ex.getMessage()));
			p.lempar();
			throw new IllegalStateException(ex);
		}
		if (!(akar instanceof Map<?, ?> peta) || !(peta.get("lembar") instanceof List<?> daftar) || daftar.isEmpty()) {
			p.tolak("berkas", "evaluasi.tata-letak.tanpa-lembar");
			p.lempar();
			throw new IllegalStateException();
		}
		String judul = teks(peta.get("judul"));
		if (judul == null) {
			p.tolak("berkas", "evaluasi.tata-letak.tanpa-judul");
		}
		List<Lembar> lembar = new ArrayList<>();
		for (Object o : daftar) {
			int ke = lembar.size() + 1;
			if (!(o instanceof Map<?, ?> l)) {
				p.tolak("berkas", "evaluasi.tata-letak.lembar-rusak", ke);
				lembar.add(null);
				continue;
			}
			String nama = teks(l.get("nama"));
			if (nama == null || nama.length() > PANJANG_NAMA_LEMBAR || nama.matches(".*[\\[\\]:*?/\\\\].*")) {
				p.tolak("berkas", "evaluasi.tata-letak.nama-lembar", ke, PANJANG_NAMA_LEMBAR);
			}
			String namaSumber = teks(l.get("sumber"));
			SumberBaris s = namaSumber == null ? null : sumber.get(namaSumber);
			if (s == null) {
				p.tolak("berkas", "evaluasi.tata-letak.sumber", ke, String.valueOf(namaSumber), String.join(", ", sumber.keySet()));
			}
			Set<String> isian = s == null ? Set.of() : s.isian();
			List<Kolom> kolom = new ArrayList<>();
			if (l.get("kolom") instanceof List<?> ks && !ks.isEmpty()) {
				for (Object k : ks) {
					String kJudul = k instanceof Map<?, ?> km ? teks(km.get("judul")) : null;
					String kIsi = k instanceof Map<?, ?> km ? teks(km.get("isi")) : null;
					if (kJudul == null || kIsi == null || (s != null && !isian.contains(kIsi))) {
						p.tolak("berkas", "evaluasi.tata-letak.kolom", ke, kolom.size() + 1, String.valueOf(kIsi), String.join(", ", isian));
					}
					kolom.add(new Kolom(kJudul, kIsi));
				}
			}
			else {
				p.tolak("berkas", "evaluasi.tata-letak.tanpa-kolom", ke);
			}
			String bagian = teks(l.get("bagian"));
			if (bagian != null && s != null && !isian.contains(bagian)) {
				p.tolak("berkas", "evaluasi.tata-letak.bagian", ke, bagian);
			}
			Map<String, Object> parameter = new LinkedHashMap<>();
			if (l.get("parameter") instanceof Map<?, ?> pm) {
				pm.forEach((a, b) -> parameter.put(String.valueOf(a), b));
			}
			if (s != null) {
				p.tambah(s.periksa(parameter));
			}
			lembar.add(new Lembar(nama, teks(l.get("judul")), namaSumber, parameter, bagian, kolom));
		}
		p.lempar();
		return new TataLetak(judul, lembar);
	}

	private static String teks(Object o) {
		return o == null || o.toString().isBlank() ? null : o.toString().strip();
	}

	/** The parser's message names a line and column; its first line says enough. */
	private static String ringkas(String pesan) {
		return pesan == null ? "" : pesan.lines().findFirst().orElse("");
	}
}
