package id.kotacerdas.umkm.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A spreadsheet of businesses as the city keeps them, or a census-style (PL-KUMKM) export, read by the platform's
 * sheet reader ({@link LembarMasuk}: CSV or the first sheet of an XLSX, streamed) for the staged import
 * ({@link id.kotacerdas.ekspor.ImporBertahap}). Columns are found by their header
 * name, each with the names the city's lists and census exports give it ("Nama Pelaku Usaha" is the owner, "Omset
 * per Tahun (Rp)" the sales), in any order; the header is the first row among the first few that names the NIK
 * column (an export may carry a title above it).
 */
final class LembarUmkm {

	/** A column and the header names it goes by, compared after {@link #normal(String)}. */
	enum Kolom {

		NIK_PEMILIK(true, "nik", "nik pemilik", "no nik", "nomor induk kependudukan"),
		NAMA_PEMILIK(true, "nama pemilik", "pemilik", "nama pelaku usaha", "nama pengusaha", "nama responden"),
		NOMOR_TELEPON(false, "telepon", "no hp", "nomor hp", "hp", "no telepon", "no telp", "nomor telepon", "ponsel"),
		ALAMAT_EMAIL(false, "email", "e mail", "surel"),
		NAMA_USAHA(true, "nama usaha", "nama umkm", "nama perusahaan"),
		ALAMAT_USAHA(true, "alamat usaha", "alamat"),
		NAMA_KELURAHAN(true, "kelurahan", "desa kelurahan", "kelurahan desa", "nama kelurahan"),
		KODE_KBLI(true, "kbli", "kode kbli", "kbli 2020"),
		BENTUK_HUKUM(false, "bentuk usaha", "bentuk hukum", "badan usaha", "bentuk badan usaha", "status badan usaha"),
		NOMOR_NIB(false, "nib", "nomor nib", "no nib"),
		PUNYA_NPWP(false, "npwp", "punya npwp", "memiliki npwp"),
		MODAL_USAHA(false, "modal", "modal usaha"),
		PENJUALAN_TAHUNAN(false, "omzet", "omset", "omzet per tahun", "omset per tahun", "omzet setahun", "penjualan", "penjualan tahunan"),
		JUMLAH_KARYAWAN(false, "karyawan", "jumlah karyawan", "tenaga kerja", "jumlah tenaga kerja"),
		NOMOR_WHATSAPP(false, "whatsapp", "wa", "no wa"),
		MENERIMA_QRIS(false, "qris", "menerima qris", "pembayaran qris"),
		NMID_QRIS(false, "nmid", "nmid qris", "qris nmid"),
		TITIK_LINTANG(false, "lintang", "latitude", "lat"),
		TITIK_BUJUR(false, "bujur", "longitude", "lon", "lng"),
		TAMPIL_DIREKTORI(false, "tampil di direktori", "bersedia tampil", "direktori");

		private final boolean wajib;

		private final List<String> nama;

		Kolom(boolean wajib, String... nama) {
			this.wajib = wajib;
			this.nama = List.of(nama);
		}

		public boolean wajib() {
			return wajib;
		}

		/** Every header name it goes by. */
		public List<String> nama() {
			return nama;
		}

		/** The header name shown to people: the first one. */
		public String judul() {
			return nama.get(0);
		}
	}

	/** A data row: its number as the spreadsheet shows it and its known cells ({@code ""} when empty). */
	record Baris(int nomor, Map<Kolom, String> sel) {

		String teks(Kolom k) {
			return sel.getOrDefault(k, "");
		}
	}

	/** A title and a blank line may stand above the header; further down a sheet is not in this layout. */
	static final int BARIS_KEPALA_PALING_JAUH = 10;

	private LembarUmkm() {
	}

	/**
	 * Where each known column is when the row is the header (it names the NIK column), else null.
	 *
	 * @throws PermintaanDitolakException 400 when no header is found near the top or a required column is missing
	 */
	static Map<Kolom, Integer> kepala(LembarMasuk.Baris b) {
		if (b.nomor() > BARIS_KEPALA_PALING_JAUH) {
			throw new PermintaanDitolakException("umkm.impor.tanpa-kepala");
		}
		List<String> sel = b.sel();
		Map<Kolom, Integer> letak = new EnumMap<>(Kolom.class);
		for (int i = 0; i < sel.size(); i++) {
			int kolom = i;
			// a column named twice is read from its first place
			kolom(sel.get(i)).ifPresent(k -> letak.putIfAbsent(k, kolom));
		}
		if (!letak.containsKey(Kolom.NIK_PEMILIK)) {
			return null;
		}
		for (Kolom k : Kolom.values()) {
			if (k.wajib && !letak.containsKey(k)) {
				throw new PermintaanDitolakException("umkm.impor.kolom-hilang", k.judul());
			}
		}
		return letak;
	}

	/** A data row by the header's columns. */
	static Baris baris(Map<Kolom, Integer> letak, LembarMasuk.Baris b) {
		Map<Kolom, String> sel = new EnumMap<>(Kolom.class);
		letak.forEach((k, i) -> sel.put(k, b.sel(i)));
		return new Baris(b.nomor(), sel);
	}

	static Optional<Kolom> kolom(String judul) {
		String n = normal(judul);
		for (Kolom k : Kolom.values()) {
			if (k.nama.contains(n)) {
				return Optional.of(k);
			}
		}
		return Optional.empty();
	}

	/** A header or a place name as compared: lower case, what is in brackets dropped, letters and digits separated by single spaces. */
	static String normal(String s) {
		return s.replace("\uFEFF", "").replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}
}
