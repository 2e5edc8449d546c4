package id.kotacerdas.berkas.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kotacerdas.platform.CobaLagiNantiException;

/**
 * The default store: a folder on the server's disk (back it up together with the database). A
 * write goes to a temporary file that is flushed to disk, renamed atomically into place and its
 * folder flushed too, so once {@link #tulis} returns the file survives a power cut, and a reader
 * never sees half a file.
 */
class PenyimpananLokal implements Penyimpanan {

	private static final Logger log = LoggerFactory.getLogger(PenyimpananLokal.class);

	static final String AKHIRAN_SEMENTARA = ".tmp";

	/** Windows cannot open a folder to flush it; there NTFS's journal keeps the rename. */
	private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

	private final Path akar;

	PenyimpananLokal(Path akar) {
		this.akar = akar.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.akar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the file store folder " + this.akar, ex);
		}
		log.info("Stored files in the folder {}", this.akar);
	}

	@Override
	public void tulis(String kunci, byte[] isi, String tipeIsi) {
		Path tujuan = jalur(kunci);
		Path sementara = tujuan.resolveSibling(tujuan.getFileName() + AKHIRAN_SEMENTARA);
		try {
			buatFolder(tujuan.getParent());
			try (FileChannel kanal = FileChannel.open(sementara, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(isi);
				while (buffer.hasRemaining()) {
					kanal.write(buffer);
				}
				kanal.force(true);
			}
			try {
				Files.move(sementara, tujuan, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				throw new IllegalStateException("The file store folder must allow atomic renames: " + akar, ex);
			}
			flush(tujuan.getParent());
		}
		catch (IOException ex) {
			hapusDiam(sementara);
			throw gagal("write", kunci, ex);
		}
	}

	@Override
	public Optional<byte[]> baca(String kunci) {
		try {
			return Optional.of(Files.readAllBytes(jalur(kunci)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw gagal("read", kunci, ex);
		}
	}

	@Override
	public void hapus(String kunci) {
		try {
			Files.deleteIfExists(jalur(kunci));
		}
		catch (IOException ex) {
			throw gagal("delete", kunci, ex);
		}
	}

	@Override
	public void telusuri(Instant sebelum, Consumer<List<String>> halaman) {
		List<String> kunci = new ArrayList<>();
		try (Stream<Path> semua = Files.walk(akar)) {
			for (Path p : (Iterable<Path>) semua.filter(Files::isRegularFile)::iterator) {
				if (Files.getLastModifiedTime(p).toInstant().isBefore(sebelum)) {
					kunci.add(akar.relativize(p).toString().replace('\\', '/'));
				}
				if (kunci.size() == PenyapuBerkas.HALAMAN) {
					halaman.accept(List.copyOf(kunci));
					kunci.clear();
				}
			}
		}
		catch (NoSuchFileException ex) {
			// a file removed while the walk passed by
		}
		catch (IOException | UncheckedIOException ex) {
			throw gagal("list", akar.toString(), ex);
		}
		if (!kunci.isEmpty()) {
			halaman.accept(kunci);
		}
	}

	/** The key as a path strictly inside the folder: keys are made by {@link KunciBerkas}, never by users, but check anyway. */
	private Path jalur(String kunci) {
		Path p = akar.resolve(kunci).normalize();
		if (!p.startsWith(akar) || p.equals(akar)) {
			throw new IllegalArgumentException("Key outside the store: " + kunci);
		}
		return p;
	}

	/** Creates the missing folders and flushes each parent, so a new folder's entry is on disk too. */
	private void buatFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		buatFolder(folder.getParent());
		try {
			Files.createDirectory(folder);
		}
		catch (FileAlreadyExistsException ex) {
			// created by a concurrent write
		}
		flush(folder.getParent());
	}

	private static void flush(Path folder) throws IOException {
		if (WINDOWS) {
			return;
		}
		try (FileChannel kanal = FileChannel.open(folder, StandardOpenOption.READ)) {
			kanal.force(true);
		}
	}

	private static void hapusDiam(Path p) {
		try {
			Files.deleteIfExists(p);
		}
		catch (IOException ex) {
			log.debug("Temporary file {} left for the sweep", p, ex);
		}
	}

	private static CobaLagiNantiException gagal(String apa, String kunci, Exception ex) {
		log.error("File store: {} of {} failed", apa, kunci, ex);
		return CobaLagiNantiException.gangguan();
	}
}
