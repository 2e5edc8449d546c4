package id.kotacerdas.berkas;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads and stored files for every module. The way of an upload:
 * <ol>
 * <li>outside any transaction, {@link #simpanFoto} or {@link #simpanDokumen}: checked, re-encoded
 * on the platform's bounded pool ({@code PekerjaanBerat}, 503 when full) and written durably to
 * the store;</li>
 * <li>in the transaction that stores the module's own row, {@link #catat}: from its commit the
 * file is kept. A file whose transaction rolled back is removed by the sweep after a grace
 * period.</li>
 * </ol>
 * Refusals are {@code PermintaanDitolakException}s with a message key in both languages (413 too
 * large, 415 not an accepted image or not a PDF, 422 an encrypted or broken PDF).
 */
public interface LayananBerkas {

	/** The limits in force, for forms and messages that name them. */
	BatasBerkas batas();

	/**
	 * The chosen files of a multipart photo field (a form sends an empty part for a field left
	 * empty); one over the limit is refused (413) before it is read.
	 */
	List<byte[]> terimaFoto(List<MultipartFile> bagian);

	/** The cheap checks of a photo from its size and header alone (a decompression bomb is refused here), taking no worker. */
	void periksaFoto(byte[] unggahan);

	/**
	 * Re-encodes each photo as a fresh JPEG without any metadata plus a thumbnail, on the bounded
	 * pool, and stores them durably. Call it with no transaction open; nothing is registered yet.
	 * All are checked before any is decoded, so one bad photo refuses them all.
	 */
	List<BerkasBaru> simpanFoto(Pemilik pemilik, List<byte[]> unggahan);

	/**
	 * A PDF, recognised by its content (not its name or declared type) and parsed with a memory
	 * limit; an encrypted, broken or non-PDF file is refused. Stored durably, not yet registered.
	 */
	BerkasBaru simpanDokumen(Pemilik pemilik, byte[] unggahan);

	/**
	 * For moving files a module already holds in its own tables (checked when they were
	 * uploaded): stored unchanged, with a thumbnail if given. Not for uploads.
	 *
	 * @param lebar width of an image, or null
	 * @param tinggi height of an image, or null
	 * @param thumbnailJpeg a JPEG thumbnail, or null
	 */
	BerkasBaru pindahkan(Pemilik pemilik, String tipeIsi, byte[] isi, Integer lebar, Integer tinggi, byte[] thumbnailJpeg,
			Instant dibuat);

	/**
	 * Moves files a module still holds in its own tables into the store, a round at a time until a
	 * round finds none: each file is written by {@code simpan} with no transaction open, then
	 * registered in one transaction with {@code tandai}, which points the module's row at it and
	 * empties its old column; when {@code tandai} answers false (another instance moved that row
	 * first) nothing is registered and the copy is swept away. Safe with several instances.
	 *
	 * @param berikut the next round of rows not moved yet
	 * @param tandai in the transaction: points the row at the berkas id; false when it was moved already
	 * @return the rows moved
	 */
	<T> int pindahkanSemua(Supplier<List<T>> berikut, Function<T, BerkasBaru> simpan, BiPredicate<T, UUID> tandai);

	/** Registers a stored file in the caller's transaction (required); from its commit on the file is kept. */
	void catat(BerkasBaru baru);

	/** Forgets a file (and its thumbnail) in the caller's transaction; the sweep removes its objects. */
	void hapus(UUID id);

	Optional<Berkas> cari(UUID id);

	/** The file's bytes; 404 ({@code berkas.tidak-ada}) when it is not registered or its object is missing from the store. */
	IsiBerkas baca(UUID id);

	/** The photo's thumbnail; 404 when it has none. */
	IsiBerkas bacaThumbnail(UUID id);
}
