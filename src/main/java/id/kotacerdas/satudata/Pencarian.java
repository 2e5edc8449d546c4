package id.kotacerdas.satudata;

import java.util.List;
import java.util.Objects;

/**
 * A search of the published datasets (CKAN package_search).
 *
 * @param teks words to find in name, title, description, tags, organisation (all of them must occur); blank for all
 * @param saring filters, all of which must hold
 * @param urutan sort keys, first one first; empty for relevance then name
 * @param jumlah how many to answer (CKAN rows)
 * @param mulai how many to skip (CKAN start)
 * @param faset the facet fields to count
 * @param batasFaset how many values per facet at most, most frequent first; negative for all
 */
public record Pencarian(String teks, List<Saringan> saring, List<Urutan> urutan, int jumlah, int mulai, List<Bidang> faset,
		int batasFaset) {

	public Pencarian {
		saring = List.copyOf(saring);
		urutan = List.copyOf(urutan);
		faset = List.copyOf(faset);
	}

	/** Everything published, by name. */
	public static Pencarian semua(int jumlah, int mulai) {
		return new Pencarian("", List.of(), List.of(new Urutan(KunciUrutan.NAMA, false)), jumlah, mulai, List.of(), 0);
	}

	/** The fields one may filter and count by, with their CKAN names. */
	public enum Bidang {

		ORGANISASI("organization"), GRUP("groups"), TAG("tags"), FORMAT("res_format"), LISENSI("license_id");

		private final String ckan;

		Bidang(String ckan) {
			this.ckan = ckan;
		}

		public String ckan() {
			return ckan;
		}
	}

	/** A field equal to a value (or, negated, not equal). */
	public record Saringan(Bidang bidang, String nilai, boolean bukan) {

		public Saringan {
			Objects.requireNonNull(bidang, "bidang");
			Objects.requireNonNull(nilai, "nilai");
		}
	}

	public enum KunciUrutan {
		RELEVANSI, NAMA, JUDUL, DIUBAH, DIBUAT, UNDUHAN
	}

	public record Urutan(KunciUrutan kunci, boolean turun) {
	}
}
