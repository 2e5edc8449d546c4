package id.kotacerdas.pengaduan;

import java.util.List;

/** One page of a longer list. */
public record Halaman<T>(List<T> isi, int halaman, int ukuran, long total) {

	public int jumlahHalaman() {
		return ukuran == 0 ? 0 : (int) ((total + ukuran - 1) / ukuran);
	}
}
