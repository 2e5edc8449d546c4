package id.kotacerdas.satudata.internal.unggah;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.satudata.TingkatWilayah;

/**
 * A dataset an agency uploaded, on its way through the Satu Data roles: the producer (produsen data) submits it, the
 * data custodian (walidata, Dinas Kominfo) publishes it with a release date or returns it with a reason. A returned
 * upload stays as it was; the producer uploads a corrected one.
 */
public record Unggahan(long id, String kode, long opdId, Metadata metadata, UUID berkasId, String namaBerkas, List<Kolom> kolom, int jumlahBaris,
		Status status, String alasan, LocalDate tanggalRilis, String diajukanOleh, String diperiksaOleh, int versi, Instant dibuat,
		Instant diubah) {

	public enum Status {
		DIAJUKAN, DIKEMBALIKAN, TERBIT
	}

	/** Satu Data metadata as the producer typed it. */
	public record Metadata(String judul, String konsep, String definisi, String klasifikasi, String satuan, String kodeBps, String kodeBappenas,
			TingkatWilayah tingkatWilayah, Frekuensi frekuensi, String jadwalRilis, String lisensi, ElemenKotaCerdas tema,
			List<String> kataKunci, boolean hitunganOrang) {

		public Metadata {
			kataKunci = List.copyOf(kataKunci);
		}
	}

	public record Kolom(String nama, JenisKolom jenis) {
	}

	public Unggahan {
		kolom = List.copyOf(kolom);
	}

	/** Walidata publishes it from {@code tanggal} (WITA; the portal shows it from that day). */
	Unggahan terbitkan(LocalDate tanggal, int versiDilihat, String oleh, Instant kini) {
		periksa(versiDilihat);
		return new Unggahan(id, kode, opdId, metadata, berkasId, namaBerkas, kolom, jumlahBaris, Status.TERBIT, null, tanggal, diajukanOleh,
				oleh, versi + 1, dibuat, kini);
	}

	/** Walidata returns it to the producer with the reason. */
	Unggahan kembalikan(String alasanKembali, int versiDilihat, String oleh, Instant kini) {
		periksa(versiDilihat);
		return new Unggahan(id, kode, opdId, metadata, berkasId, namaBerkas, kolom, jumlahBaris, Status.DIKEMBALIKAN, alasanKembali, null,
				diajukanOleh, oleh, versi + 1, dibuat, kini);
	}

	private void periksa(int versiDilihat) {
		if (status != Status.DIAJUKAN) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata-portal.unggah.bukan-diajukan");
		}
		if (versiDilihat != versi) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata-portal.unggah.kedaluwarsa");
		}
	}

	/** Published and its release day has come. */
	boolean tampilPublik(LocalDate hariIni) {
		return status == Status.TERBIT && !tanggalRilis.isAfter(hariIni);
	}
}
