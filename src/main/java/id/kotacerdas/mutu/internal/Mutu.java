package id.kotacerdas.mutu.internal;

import java.time.LocalDate;
import java.util.UUID;

/** The records of an agency's quality management system (ISO 9001) and its ISO 18091 self-diagnostic. */
final class Mutu {

	private Mutu() {
	}

	/** Where an agency stands with ISO 9001 certification. */
	enum StatusSertifikasi {
		BELUM, PERSIAPAN, TERSERTIFIKASI, KEDALUWARSA;

		public String kodePesan() {
			return "mutu.status." + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** An audit finding's weight (ISO 19011 practice: major and minor nonconformities, observations). */
	enum KategoriTemuan {
		MAYOR, MINOR, OBSERVASI;

		public String kodePesan() {
			return "mutu.kategori." + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** A traffic light of the ISO 18091 diagnostic; an indicator may also be not measured yet. */
	enum Warna {
		MERAH, KUNING, HIJAU, TIDAK_DIUKUR;

		public String kodePesan() {
			return "mutu.warna." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		public String kelas() {
			return "warna-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	record Sertifikasi(long opdId, StatusSertifikasi status, String lembaga, String nomor, LocalDate berlakuSampai, String ruangLingkup) {
	}

	record DokumenMutu(long id, long opdId, String kode, String judul, int revisi, LocalDate berlakuMulai, UUID berkas) {
	}

	record Temuan(long id, long opdId, LocalDate tanggalAudit, String klausul, KategoriTemuan kategori, String uraian) {
	}

	/** A corrective action; done when {@code selesaiPada} is set. */
	record Tindakan(long id, long temuanId, String uraian, String penanggungJawab, LocalDate batas, LocalDate selesaiPada) {

		/** Past its due date and not done: the day after the due date it is late. */
		boolean terlambat(LocalDate hariIni) {
			return selesaiPada == null && hariIni.isAfter(batas);
		}
	}

	record Tinjauan(long id, long opdId, LocalDate tanggal, String masukan, String keluaran, UUID notulen) {
	}

	record Indikator18091(String kode, int kuadran, int urutan, String nama) {
	}

	record Diagnosis(String kode, Warna warna, String catatan) {
	}
}
