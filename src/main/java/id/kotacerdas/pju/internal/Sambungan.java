package id.kotacerdas.pju.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The pole's PLN connection: metered, or flat-rate (abonemen), billed by the installed watts. */
enum Sambungan {

	METER, ABONEMEN;

	public String kodePesan() {
		return "pju.sambungan." + name();
	}

	static Optional<Sambungan> dari(String teks) {
		String t = teks == null ? "" : teks.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(t)).findFirst();
	}
}
