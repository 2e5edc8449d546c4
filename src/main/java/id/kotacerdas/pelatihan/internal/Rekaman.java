package id.kotacerdas.pelatihan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The module's rows as read. */
final class Rekaman {

	private Rekaman() {
	}

	record Program(long id, String judul, Topik topik, long opdId, String mitra, String keterangan, Instant dibuat, String dibuatOleh) {
	}

	/** A session with its programme and how many signed up and attended. */
	record Sesi(long id, long programId, String judul, Topik topik, long opdId, String mitra, String pelatih, String tempat,
			String kelurahanKode, Instant mulai, Instant selesai, int kuota, long terdaftar, long hadir) {

		public boolean penuh() {
			return terdaftar >= kuota;
		}

		public long sisa() {
			return Math.max(0, kuota - terdaftar);
		}
	}

	/** @param hadir when the participant's check-in was scanned, or null */
	record Peserta(long id, long sesiId, String kode, String nama, String telepon, String nik, String namaUsaha, String kelurahanKode,
			Long usahaId, String didaftarkanOleh, Instant dibuat, UUID dokumenId, Instant hadir) {
	}

	/** @param tautanToko the shop links given, separated by spaces, or null */
	record TindakLanjut(long pesertaId, LocalDate jatuhTempo, Instant dikirim, Instant dijawab, Boolean jualOnline, Boolean pakaiQris,
			Boolean penjualanNaik, String tautanToko) {
	}

	/** A follow-up due and not yet sent, with what its message needs. */
	record TindakLanjutJatuhTempo(long pesertaId, String kode, String telepon, String nama, String judul) {
	}

	/**
	 * Figures of one group (a year, a kelurahan, a topic).
	 *
	 * @param dilatih distinct businesses that attended (a UMKM record, or a phone number until one matches)
	 */
	record Angka(String kelompok, long sesi, long terdaftar, long hadir, long dilatih, long tindakLanjutDikirim, long tindakLanjutDijawab,
			long jualOnline, long pakaiQris, long tokoDaring) {
	}
}
