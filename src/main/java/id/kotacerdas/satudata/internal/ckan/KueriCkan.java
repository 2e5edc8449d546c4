package id.kotacerdas.satudata.internal.ckan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kotacerdas.satudata.Pencarian;
import id.kotacerdas.satudata.Pencarian.Bidang;
import id.kotacerdas.satudata.Pencarian.KunciUrutan;

/**
 * package_search's Solr-style parameters as a {@link Pencarian}: {@code q} as words, {@code fq} as
 * {@code field:value} / {@code field:"quoted value"} terms (a leading {@code -} negates, {@code +} and {@code AND} are
 * the default), {@code sort} as {@code field direction} pairs.
 */
final class KueriCkan {

	/** rows beyond this are cut to it, as CKAN's ckan.search.rows_max. */
	static final int BARIS_MAKS = 1000;

	static final int BARIS_BAWAAN = 10;

	/** CKAN's search.facets.limit. */
	static final int BATAS_FASET_BAWAAN = 50;

	private static final Pattern SYARAT = Pattern.compile("([+-]?)([A-Za-z_.]+):(\"((?:[^\"\\\\]|\\\\.)*)\"|[^\\s\"]+)");

	/** Conditions every dataset here meets (harvesters send them): all are public datasets, active. */
	private static final Map<String, Set<String>> SELALU_BENAR = Map.of("dataset_type", Set.of("dataset"), "capacity", Set.of("public"),
			"state", Set.of("active"));

	private static final Map<String, KunciUrutan> URUTAN = Map.of("score", KunciUrutan.RELEVANSI, "name", KunciUrutan.NAMA, "title",
			KunciUrutan.JUDUL, "title_string", KunciUrutan.JUDUL, "metadata_modified", KunciUrutan.DIUBAH, "metadata_created",
			KunciUrutan.DIBUAT, "views_recent", KunciUrutan.UNDUHAN, "views_total", KunciUrutan.UNDUHAN);

	private KueriCkan() {
	}

	static Pencarian dari(ParameterCkan p) {
		String q = p.teks("q");
		String teks = q == null || q.isBlank() || q.strip().equals("*:*") ? "" : q.strip();
		List<Pencarian.Saringan> saring = new ArrayList<>();
		saring(p.teks("fq"), saring);
		for (String fq : p.daftarTeks("fq_list")) {
			saring(fq, saring);
		}
		int baris = Math.min(p.bilanganAsli("rows", BARIS_BAWAAN), BARIS_MAKS);
		int mulai = p.bilanganAsli("start", 0);
		List<Bidang> faset = new ArrayList<>();
		for (String f : p.daftarTeks("facet.field")) {
			faset.add(bidang(f).orElseThrow(() -> GalatCkan.pencarian("cannot facet on field " + f)));
		}
		int batasFaset = p.teks("facet.limit") != null && p.teks("facet.limit").strip().equals("-1") ? -1
				: p.bilanganAsli("facet.limit", BATAS_FASET_BAWAAN);
		return new Pencarian(teks, saring, urutan(p.teks("sort"), teks.isEmpty()), baris, mulai, faset, batasFaset);
	}

	private static void saring(String fq, List<Pencarian.Saringan> hasil) {
		if (fq == null || fq.isBlank()) {
			return;
		}
		Matcher m = SYARAT.matcher(fq);
		int posisi = 0;
		while (m.find()) {
			String antara = fq.substring(posisi, m.start()).strip();
			if (!antara.isEmpty() && !antara.equals("AND")) {
				throw GalatCkan.pencarian("cannot parse fq at '" + antara + "'");
			}
			posisi = m.end();
			String bidang = m.group(2);
			String nilai = m.group(4) != null ? m.group(4).replaceAll("\\\\(.)", "$1") : m.group(3);
			boolean bukan = m.group(1).equals("-");
			if (SELALU_BENAR.containsKey(bidang)) {
				if (SELALU_BENAR.get(bidang).contains(nilai) == bukan) {
					// a condition no dataset here meets: nothing matches
					hasil.add(new Pencarian.Saringan(Bidang.ORGANISASI, "", false));
				}
				continue;
			}
			Bidang b = bidang(bidang).orElseThrow(() -> GalatCkan.pencarian("undefined field " + bidang));
			hasil.add(new Pencarian.Saringan(b, nilai, bukan));
		}
		String sisa = fq.substring(posisi).strip();
		if (!sisa.isEmpty() && !sisa.equals("AND")) {
			throw GalatCkan.pencarian("cannot parse fq at '" + sisa + "'");
		}
	}

	static Optional<Bidang> bidang(String ckan) {
		return Arrays.stream(Bidang.values()).filter(b -> b.ckan().equals(ckan)).findFirst();
	}

	/** CKAN's default: relevance, then the last change; without words, relevance means nothing. */
	private static List<Pencarian.Urutan> urutan(String sort, boolean tanpaTeks) {
		if (sort == null || sort.isBlank()) {
			return List.of(new Pencarian.Urutan(KunciUrutan.RELEVANSI, true), new Pencarian.Urutan(KunciUrutan.DIUBAH, true));
		}
		List<Pencarian.Urutan> hasil = new ArrayList<>();
		for (String bagian : sort.split(",")) {
			String[] kata = bagian.strip().split("\\s+");
			KunciUrutan kunci = URUTAN.get(kata[0]);
			if (kunci == null || kata.length > 2) {
				throw GalatCkan.pencarian("can not sort on " + bagian.strip());
			}
			String arah = kata.length == 2 ? kata[1].toLowerCase(Locale.ROOT) : "asc";
			if (!arah.equals("asc") && !arah.equals("desc")) {
				throw GalatCkan.pencarian("can not sort on " + bagian.strip());
			}
			if (kunci != KunciUrutan.RELEVANSI || !tanpaTeks) {
				hasil.add(new Pencarian.Urutan(kunci, arah.equals("desc")));
			}
		}
		return hasil;
	}
}
