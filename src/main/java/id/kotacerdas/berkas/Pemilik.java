package id.kotacerdas.berkas;

import java.util.regex.Pattern;

/**
 * Whose files these are: the module and the kind of file within it ({@code pengaduan}/{@code foto},
 * {@code armada}/{@code struk}). Both name the folder of the stored objects, so they are plain words.
 */
public record Pemilik(String modul, String jenis) {

	private static final Pattern KATA = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	public Pemilik {
		if (modul == null || jenis == null || !KATA.matcher(modul).matches() || !KATA.matcher(jenis).matches()) {
			throw new IllegalArgumentException("owner and kind are lower-case words: " + modul + "/" + jenis);
		}
	}
}
