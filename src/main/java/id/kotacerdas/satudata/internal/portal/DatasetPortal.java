package id.kotacerdas.satudata.internal.portal;

import java.time.LocalDate;
import java.util.List;

import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.platform.ElemenKotaCerdas;

/**
 * A dataset as the portal shows it, whichever its source (a module's live contribution or an agency's upload), with
 * titles already in the reader's language.
 *
 * @param penerbit the producing agency's name
 * @param diperbarui the day its data was last refreshed or released
 * @param satuData the Satu Data metadata beyond the catalogue's (null where the source has none)
 * @param tekan whether it counts people or reports, so small cells are suppressed
 */
public record DatasetPortal(String kode, String judul, String keterangan, String penerbit, ElemenKotaCerdas tema, List<String> kataKunci,
		Frekuensi frekuensi, String lisensi, List<KolomPortal> kolom, LocalDate diperbarui, SatuData satuData, boolean tekan) {

	public DatasetPortal {
		kataKunci = List.copyOf(kataKunci);
		kolom = List.copyOf(kolom);
	}

	/** @param keterangan what it holds, with its unit (null when the source gives none) */
	public record KolomPortal(String nama, JenisKolom jenis, String keterangan) {

		/** A code column (region codes): in the downloads, not in the preview, where people read the names beside it. */
		public boolean kode() {
			return nama.endsWith("_kode") || nama.startsWith("kode_");
		}

		public boolean angka() {
			return jenis == JenisKolom.BILANGAN_BULAT || jenis == JenisKolom.DESIMAL;
		}
	}

	/** @param kodeTingkatWilayah message key of the region level */
	public record SatuData(String konsep, String definisi, String klasifikasi, String satuan, String kodeBps, String kodeBappenas,
			String kodeTingkatWilayah, String jadwalRilis) {
	}

	/** The chart's default axes: the first text-like column against the first numeric one; -1 when there is none. */
	public int[] sumbuGrafik() {
		int x = -1;
		int y = -1;
		for (int i = 0; i < kolom.size(); i++) {
			if (x < 0 && !kolom.get(i).angka()) {
				x = i;
			}
			if (y < 0 && kolom.get(i).angka()) {
				y = i;
			}
		}
		return new int[] { x, y };
	}
}
