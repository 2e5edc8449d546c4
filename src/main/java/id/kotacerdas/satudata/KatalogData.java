package id.kotacerdas.satudata;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import id.kotacerdas.platform.DataTerbuka;

/**
 * The open-data catalogue: storing datasets and their files, the walidata workflow, reading and searching. Public
 * readers see only published datasets ({@link #cariTerbit}, {@link #cari(Pencarian)}).
 * <p>
 * A resource's {@link SumberDaya#alamat()} is {@link #alamat(String, String)}: {@code /data/<nama>/unduh.<format>}
 * (csv, xlsx, json) for every dataset; the download controller serves a module's dataset from {@link #baris} and an
 * upload from its berkas, and counts it with {@link #catatUnduhan}.
 */
public interface KatalogData {

	/** Stores a new dataset as a draft (an upload) or updates a draft/returned one of the same name. */
	Dataset simpan(DatasetBaru baru);

	/** Adds or replaces (same format and name) a file of an uploaded dataset. */
	SumberDaya simpanSumberDaya(UUID datasetId, String nama, String format, long ukuran, UUID berkasId);

	/** The producer submits it to the walidata; 409 from any state but draft/returned. */
	Dataset ajukan(String nama);

	/** The walidata publishes it now (the release date); 409 unless submitted. */
	Dataset terbitkan(String nama);

	/** The walidata returns it with a reason; 409 unless submitted. */
	Dataset kembalikan(String nama, String alasan);

	/** By id or name, in any state (for staff). */
	Optional<Dataset> cari(String idAtauNama);

	/** By id or name, only when published. */
	Optional<Dataset> cariTerbit(String idAtauNama);

	/** The names of the published datasets, alphabetical. */
	List<String> namaTerbit(int batas, int lewati);

	/** The published dataset a file belongs to. */
	Optional<Dataset> cariTerbitMenurutSumberDaya(UUID sumberDayaId);

	/** Datasets in a state, newest change first (the walidata's queue, a producer's drafts). */
	List<Dataset> dalamStatus(StatusDataset status, int batas);

	/** Searches the published datasets. */
	HasilPencarian cari(Pencarian pencarian);

	/** The module's dataset behind a published or unpublished dataset of source MODUL. */
	Optional<DataTerbuka> dataModul(String nama);

	/** Streams a module dataset's live rows (see {@link DataTerbuka#baris}); 0 when it is not a module's. */
	long baris(String nama, long lewati, long batas, Consumer<List<Object>> tujuan);

	/** Counts one download of a published dataset. */
	void catatUnduhan(String nama);

	/** Every producing agency that has a published dataset. */
	List<Organisasi> organisasi();

	/** A file's site path; {@code format} in lower case. */
	static String alamat(String nama, String format) {
		return "/data/" + nama + "/unduh." + format.toLowerCase(java.util.Locale.ROOT);
	}
}
