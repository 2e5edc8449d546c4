package id.kotacerdas.platform;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total the number of matching items, counted up to a limit (at least 1,000 and always
 *     past this page) so that a page of a huge list costs no full count
 * @param totalTerpotong whether more than {@code total} items match
 */
public record Halaman<T>(List<T> isi, int halaman, int ukuran, long total, boolean totalTerpotong) {

	public boolean adaBerikutnya() {
		return totalTerpotong || (long) (halaman + 1) * ukuran < total;
	}
}
