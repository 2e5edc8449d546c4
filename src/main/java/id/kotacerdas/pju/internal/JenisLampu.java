package id.kotacerdas.pju.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lamp in the luminaire, as the registry sheets name it. */
enum JenisLampu {

	LED("LED"), SON_T("SON-T"), MERKURI("Merkuri"), HEMAT_ENERGI("Hemat energi");

	/** The name in sheets and on screen: a trade name, the same in both languages. */
	private final String nama;

	JenisLampu(String nama) {
		this.nama = nama;
	}

	public String nama() {
		return nama;
	}

	/** The lamp a sheet's cell names ("led", "SON-T", "sodium" for the high-pressure sodium lamp). */
	static Optional<JenisLampu> dari(String teks) {
		String t = teks == null ? "" : teks.strip().toLowerCase(Locale.ROOT);
		if (t.equals("sodium") || t.equals("son")) {
			return Optional.of(SON_T);
		}
		return Arrays.stream(values()).filter(j -> j.nama.toLowerCase(Locale.ROOT).equals(t) || j.name().toLowerCase(Locale.ROOT).equals(t))
			.findFirst();
	}
}
