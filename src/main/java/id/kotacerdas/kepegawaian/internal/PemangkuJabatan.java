package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;

/**
 * Someone holding a position from {@code mulai} until {@code selesai} (inclusive; null: open-ended,
 * definitive holders only).
 */
record PemangkuJabatan(long id, long jabatanId, long pegawaiId, JenisPemangku jenis, LocalDate mulai, LocalDate selesai,
		String nomorSk) {

	public boolean berlakuPada(LocalDate hari) {
		return !mulai.isAfter(hari) && (selesai == null || !selesai.isBefore(hari));
	}
}
