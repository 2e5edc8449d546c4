package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A commodity's unit conversions (1 rak = 30 butir, 1 butir = 0,0625 kg), followed in chains and
 * backwards, so a price per rak can be read per kg when the steps to kg are configured.
 */
final class Konversi {

	/** {@code 1 dari = faktor ke}. */
	record Langkah(String dari, String ke, BigDecimal faktor) {
	}

	private static final MathContext PRESISI = MathContext.DECIMAL64;

	private final Map<String, Map<String, BigDecimal>> tetangga = new HashMap<>();

	Konversi(List<Langkah> langkah) {
		for (Langkah l : langkah) {
			tetangga.computeIfAbsent(l.dari(), k -> new HashMap<>()).put(l.ke(), l.faktor());
			tetangga.computeIfAbsent(l.ke(), k -> new HashMap<>()).put(l.dari(), BigDecimal.ONE.divide(l.faktor(), PRESISI));
		}
	}

	/** How many {@code ke} one {@code dari} is, if the configured steps lead there. */
	Optional<BigDecimal> faktor(String dari, String ke) {
		if (dari.equals(ke)) {
			return Optional.of(BigDecimal.ONE);
		}
		Deque<Map.Entry<String, BigDecimal>> antrean = new ArrayDeque<>();
		Set<String> dikunjungi = new HashSet<>();
		antrean.add(Map.entry(dari, BigDecimal.ONE));
		dikunjungi.add(dari);
		while (!antrean.isEmpty()) {
			var kini = antrean.poll();
			for (var t : tetangga.getOrDefault(kini.getKey(), Map.of()).entrySet()) {
				BigDecimal faktor = kini.getValue().multiply(t.getValue(), PRESISI);
				if (t.getKey().equals(ke)) {
					return Optional.of(faktor);
				}
				if (dikunjungi.add(t.getKey())) {
					antrean.add(Map.entry(t.getKey(), faktor));
				}
			}
		}
		return Optional.empty();
	}

	/** A price per {@code satuan} as a price per {@code satuanTujuan}, whole rupiah (half up). */
	Optional<Long> harga(long harga, String satuan, String satuanTujuan) {
		return faktor(satuan, satuanTujuan)
			.map(f -> BigDecimal.valueOf(harga).divide(f, PRESISI).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
	}
}
