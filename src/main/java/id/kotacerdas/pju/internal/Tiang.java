package id.kotacerdas.pju.internal;

import java.time.Instant;
import java.time.LocalDate;

import id.kotacerdas.pengaduan.StatusPengaduan;

/**
 * A street-light pole and the rules of its status. The status follows a complaint about the pole
 * from its acceptance (dark) until staff resolve it with an evidence photo (lit); while a complaint
 * holds the pole, a patrol's mark is recorded but changes nothing, except that a pole found gone
 * is marked gone. Without a complaint the latest patrol mark is the status.
 *
 * @param pengaduanNomor the open complaint the status follows, or null
 * @param talqId the luminaire's id in a TALQ central management system, once one reports it
 */
record Tiang(String kode, double lat, double lon, String kelurahanKode, String ruasKode, int tinggiM, JenisLampu jenisLampu,
		int dayaWatt, long opdId, Sambungan sambungan, LocalDate tanggalPasang, String kontrak, String usulanMusrenbang,
		StatusTiang status, Instant statusSejak, SumberStatus statusSumber, String pengaduanNomor, String talqId) {

	/** Pole heights the city installs, in metres. */
	static final int[] TINGGI = { 5, 7, 9 };

	/** What a report does to the pole: its status afterwards, the complaint it then follows, and whether the status changed. */
	record Perubahan(StatusTiang status, SumberStatus sumber, String pengaduanNomor, boolean berubah) {
	}

	/** A complaint about the pole moved to status {@code ke}; null when that means nothing for the pole. */
	Perubahan dariPengaduan(String nomor, StatusPengaduan ke) {
		return switch (ke) {
			// accepted (or re-opened): the street is dark there; a pole already dark or gone stays as it is
			case DIVERIFIKASI, DIPROSES, DIBUKA_KEMBALI -> status.gelap() ? ikuti(nomor) : ubah(StatusTiang.MATI, SumberStatus.PENGADUAN, nomor);
			// resolved with an evidence photo (the complaint module requires one)
			case SELESAI -> nomor.equals(pengaduanNomor) || pengaduanNomor == null ? ubah(StatusTiang.NYALA, SumberStatus.PENGADUAN, null) : null;
			// refused or handed on: the complaint no longer holds the pole; a status it set is undone
			case DITOLAK, BUKAN_WEWENANG -> !nomor.equals(pengaduanNomor) ? null
					: statusSumber == SumberStatus.PENGADUAN && status == StatusTiang.MATI ? ubah(StatusTiang.NYALA, SumberStatus.PENGADUAN, null)
							: new Perubahan(status, statusSumber, null, false);
			case BARU, DITUTUP -> null;
		};
	}

	/** A patrol saw the pole {@code dilihat}. */
	Perubahan dariPatroli(StatusTiang dilihat) {
		if (pengaduanNomor != null && dilihat != StatusTiang.HILANG) {
			return new Perubahan(status, statusSumber, pengaduanNomor, false);
		}
		return ubah(dilihat, SumberStatus.PATROLI, pengaduanNomor);
	}

	private Perubahan ikuti(String nomor) {
		return new Perubahan(status, statusSumber, pengaduanNomor == null ? nomor : pengaduanNomor, false);
	}

	private Perubahan ubah(StatusTiang baru, SumberStatus sumber, String nomor) {
		return new Perubahan(baru, baru == status ? statusSumber : sumber, nomor, baru != status);
	}

	static boolean tinggiSah(int meter) {
		for (int t : TINGGI) {
			if (t == meter) {
				return true;
			}
		}
		return false;
	}
}
