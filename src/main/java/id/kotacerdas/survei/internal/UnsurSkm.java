package id.kotacerdas.survei.internal;

import java.util.List;

/**
 * The nine elements of the SKM (PermenPANRB 14/2017, Bab II), in the regulation's order. Each is
 * answered 1 to 4; the question and the words of each value are the regulation's questionnaire's,
 * in the bundle ({@code survei.unsur.<n>.tanya}, {@code survei.unsur.<n>.nilai.<1-4>}).
 */
enum UnsurSkm {

	PERSYARATAN, PROSEDUR, WAKTU_PENYELESAIAN, BIAYA, PRODUK, KOMPETENSI_PELAKSANA, PERILAKU_PELAKSANA, PENANGANAN_PENGADUAN,
	SARANA_PRASARANA;

	/** The lowest and highest value of an answer. */
	static final int NILAI_MIN = 1;

	static final int NILAI_MAKS = 4;

	static final List<Integer> NILAI = List.of(1, 2, 3, 4);

	/** 1 to 9, as U1…U9 in the regulation's tables and as the form field {@code u<n>}. */
	public int nomor() {
		return ordinal() + 1;
	}

	public String kodeNama() {
		return "survei.unsur." + nomor() + ".nama";
	}

	public String kodeTanya() {
		return "survei.unsur." + nomor() + ".tanya";
	}

	public String kodeNilai(int nilai) {
		return "survei.unsur." + nomor() + ".nilai." + nilai;
	}
}
