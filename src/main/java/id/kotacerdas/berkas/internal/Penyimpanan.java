package id.kotacerdas.berkas.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the bytes of stored files live, by key ({@code pengaduan/foto/2026/11/<uuid>.jpg}).
 * Failures of the store itself (disk, network, the object store down) are answered 503.
 */
interface Penyimpanan {

	/** Writes the object; when this returns it is durably stored. */
	void tulis(String kunci, byte[] isi, String tipeIsi);

	/** The object's bytes, or empty when there is no such object. */
	Optional<byte[]> baca(String kunci);

	/** Removes the object; nothing happens when there is none. */
	void hapus(String kunci);

	/** Hands over, a page at a time, the keys of all objects last written before {@code sebelum}. */
	void telusuri(Instant sebelum, Consumer<List<String>> halaman);
}
