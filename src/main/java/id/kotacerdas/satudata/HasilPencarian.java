package id.kotacerdas.satudata;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link Pencarian}.
 *
 * @param jumlah how many datasets match in all
 * @param dataset the page asked for
 * @param faset per facet field asked for, its values with their counts, most frequent first (then by value)
 */
public record HasilPencarian(long jumlah, List<Dataset> dataset, Map<Pencarian.Bidang, List<Faset>> faset) {

	public record Faset(String nilai, long jumlah) {
	}
}
