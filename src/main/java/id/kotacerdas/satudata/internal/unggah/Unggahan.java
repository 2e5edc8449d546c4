package id.kotacerdas.satudata.internal.unggah;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.satudata.StatusDataset;
import id.kotacerdas.satudata.TingkatWilayah;

/**
 * A dataset an agency uploaded, as the staff pages and the portal read it: the catalogue's dataset (its metadata and
 * its place in the Satu Data roles — {@link StatusDataset}, the walidata's reason, the release date) joined with the
 * sheet only an upload has. The state is the catalogue's; nothing here changes it.
 *
 * @param versi when the catalogue's row last changed (microseconds), so a walidata acting on a stale page gets 409
 * @param diajukan when the sheet now under review was submitted
 */
public record Unggahan(long id, UUID datasetId, String kode, long opdId, Metadata metadata, UUID berkasId, String namaBerkas,
		List<Kolom> kolom, int jumlahBaris, StatusDataset status, String alasan, LocalDate tanggalRilis, String diajukanOleh, long versi,
		Instant diajukan) {

	/** Satu Data metadata as the producer typed it (stored in the catalogue's dataset). */
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

	/** The producer may upload a corrected sheet while it is a draft or returned. */
	public boolean bolehDiperbaiki() {
		return status == StatusDataset.DRAF || status == StatusDataset.DIKEMBALIKAN;
	}

	public boolean menungguWalidata() {
		return status == StatusDataset.MENUNGGU_WALIDATA;
	}
}
