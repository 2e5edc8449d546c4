package id.kotacerdas.qris.internal;

import java.util.ArrayList;
import java.util.List;

import id.kotacerdas.qris.AlasanQris;
import id.kotacerdas.qris.AlasanQris.Jenis;

/**
 * One EMV data object: a two-digit id, a two-digit decimal length and the value. Lengths count
 * characters (code points), not bytes: the EMVCo sample has four Chinese characters with length 04.
 *
 * @param jalur the id with its parents' ids, "62.07", as shown in reasons
 * @param akhirNilai the code-point index just past the value in the whole payload
 */
record ObjekData(String tag, String jalur, String nilai, int awalNilai, int akhirNilai) {

	/**
	 * Splits a text into data objects. A broken id or length stops the split of that level (nothing
	 * after it can be located) with a reason; a duplicate id is reported and the first one kept.
	 *
	 * @param awal the code-point index of the text in the whole payload
	 * @param induk the parent's path, or null at the root
	 */
	static List<ObjekData> urai(String teks, int awal, String induk, List<AlasanQris> alasan) {
		int[] cp = teks.codePoints().toArray();
		List<ObjekData> hasil = new ArrayList<>();
		int i = 0;
		while (i < cp.length) {
			int posisi = awal + i + 1;
			if (i + 2 > cp.length || !angka(cp, i, 2)) {
				alasan.add(new AlasanQris(Jenis.RUSAK, "qris.alasan.tag-rusak", List.of(posisi, lokasi(induk))));
				break;
			}
			String tag = new String(cp, i, 2);
			String jalur = induk == null ? tag : induk + "." + tag;
			if (i + 4 > cp.length || !angka(cp, i + 2, 2)) {
				alasan.add(new AlasanQris(Jenis.RUSAK, "qris.alasan.panjang-rusak", List.of(jalur, posisi)));
				break;
			}
			int panjang = Integer.parseInt(new String(cp, i + 2, 2));
			int sisa = cp.length - i - 4;
			if (panjang > sisa) {
				alasan.add(new AlasanQris(Jenis.RUSAK, "qris.alasan.panjang-melebihi", List.of(jalur, panjang, sisa)));
				break;
			}
			ObjekData o = new ObjekData(tag, jalur, new String(cp, i + 4, panjang), awal + i + 4, awal + i + 4 + panjang);
			if (hasil.stream().anyMatch(lain -> lain.tag.equals(tag))) {
				alasan.add(new AlasanQris(Jenis.RUSAK, "qris.alasan.tag-ganda", List.of(jalur)));
			}
			else {
				hasil.add(o);
			}
			i += 4 + panjang;
		}
		return hasil;
	}

	private static String lokasi(String induk) {
		return induk == null ? "-" : induk;
	}

	private static boolean angka(int[] cp, int dari, int jumlah) {
		for (int k = dari; k < dari + jumlah; k++) {
			if (cp[k] < '0' || cp[k] > '9') {
				return false;
			}
		}
		return true;
	}

	int nomor() {
		return Integer.parseInt(tag);
	}

	/** The value's own data objects, for a template. */
	List<ObjekData> isi(List<AlasanQris> alasan) {
		return urai(nilai, awalNilai, jalur, alasan);
	}

	/** Writes one object: id, two-digit length in characters, value. */
	static String tulis(String tag, String nilai) {
		int panjang = nilai.codePointCount(0, nilai.length());
		if (panjang > 99) {
			throw new IllegalArgumentException("a data object holds at most 99 characters: " + tag);
		}
		return tag + String.format(java.util.Locale.ROOT, "%02d", panjang) + nilai;
	}
}
