package id.kotacerdas.pengaduan;

import java.util.List;

/** An extra question of a category (an Open311 attribute). */
public record Pertanyaan(String kode, String teks, JenisJawaban jenis, boolean wajib, int urutan, List<Pilihan> pilihan) {

	/** One choice of a single- or multiple-choice question. */
	public record Pilihan(String kunci, String nama) {
	}

	public enum JenisJawaban {
		TEKS, ANGKA, TANGGAL, PILIHAN_TUNGGAL, PILIHAN_GANDA
	}
}
