package id.kotacerdas.kepegawaian.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of an employee's career history: a decree (or diploma, certificate, rating) with its
 * number, date and TMT, its scan, and who recorded it when. The fields of other kinds are null.
 *
 * @param id null until stored
 * @param tmt TMT of a rank, position or penalty; the diploma's date; a training's start; the
 *        award's date; the SKP rating's date
 * @param nomorSk decree, diploma or certificate number; null for rows made from the record typed
 *        before the history existed
 * @param berkasId the scan (PDF or photo) in {@code berkas}, or null
 * @param opdId the agency of a position
 * @param nama a training's or an award's name
 * @param penyelenggara who held the training or gave the award
 * @param tmtSelesai a penalty's or a training's end
 * @param tahun the SKP's year
 * @param dicatat when it was first recorded (timeliness: compared with {@code tmt})
 * @param dicatatOleh the username that recorded it ({@code migrasi} for rows made by the migration)
 */
public record Riwayat(Long id, long pegawaiId, JenisRiwayat jenis, LocalDate tmt, String nomorSk, LocalDate tanggalSk, UUID berkasId,
		String golongan, String jenisJabatan, String namaJabatan, String eselon, Long opdId, String unor, String pendidikan,
		String namaSekolah, String jurusan, String gelarDepan, String gelarBelakang, String nama, String penyelenggara,
		Integer jamPelajaran, String tingkatHukuman, String jenisHukuman, LocalDate tmtSelesai, Integer tahun, String predikat,
		Instant dicatat, String dicatatOleh, Instant diubah, String diubahOleh) {

	/** The same row with another scan. */
	Riwayat denganBerkas(UUID berkas) {
		return new Riwayat(id, pegawaiId, jenis, tmt, nomorSk, tanggalSk, berkas, golongan, jenisJabatan, namaJabatan, eselon, opdId,
				unor, pendidikan, namaSekolah, jurusan, gelarDepan, gelarBelakang, nama, penyelenggara, jamPelajaran, tingkatHukuman,
				jenisHukuman, tmtSelesai, tahun, predikat, dicatat, dicatatOleh, diubah, diubahOleh);
	}
}
