package id.kotacerdas.kepegawaian.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * An employee's daily work report and its way: filed, then approved or returned (with a reason) by
 * the direct superior; a returned report is fixed and refiled, as often as needed.
 *
 * @param idKlien made by the employee's phone for this report: filing it again finds this one
 * @param foto the photo (berkas), or null
 * @param lat the place, if the phone gave it (with {@code lon})
 * @param revisi how often it was refiled after a return
 * @param penilaiId the employee who approved or returned it last
 */
record LaporanHarian(Long id, UUID idKlien, long pegawaiId, long opdId, LocalDate tanggal, JenisLaporan jenis, String uraian, UUID foto,
		Double lat, Double lon, StatusLaporan status, String alasanKembali, int revisi, Long penilaiId, Instant dinilai, Instant dikirim) {

	static final int PANJANG_URAIAN_MAKS = 2000;

	static final int PANJANG_ALASAN_MAKS = 500;

	LaporanHarian setujui(long penilai, Instant waktu) {
		menunggu();
		return new LaporanHarian(id, idKlien, pegawaiId, opdId, tanggal, jenis, uraian, foto, lat, lon, StatusLaporan.DISETUJUI, null,
				revisi, penilai, waktu, dikirim);
	}

	LaporanHarian kembalikan(long penilai, String alasan, Instant waktu) {
		menunggu();
		return new LaporanHarian(id, idKlien, pegawaiId, opdId, tanggal, jenis, uraian, foto, lat, lon, StatusLaporan.DIKEMBALIKAN, alasan,
				revisi, penilai, waktu, dikirim);
	}

	/** The fixed report filed again: its text, and a new photo or the one it had. */
	LaporanHarian ajukanUlang(String uraianBaru, UUID fotoBaru, Instant waktu) {
		if (status != StatusLaporan.DIKEMBALIKAN) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "laporan-harian.tidak-dikembalikan");
		}
		return new LaporanHarian(id, idKlien, pegawaiId, opdId, tanggal, jenis, uraianBaru, fotoBaru == null ? foto : fotoBaru, lat, lon,
				StatusLaporan.DIAJUKAN, alasanKembali, revisi + 1, penilaiId, dinilai, waktu);
	}

	/** Only a report waiting for the superior can be approved or returned (once: a second click changes nothing). */
	private void menunggu() {
		if (status != StatusLaporan.DIAJUKAN) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "laporan-harian.sudah-dinilai");
		}
	}
}
