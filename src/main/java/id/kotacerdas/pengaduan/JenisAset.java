package id.kotacerdas.pengaduan;

import java.util.List;
import java.util.Optional;

/**
 * A kind of city asset a complaint can be about (a street light, a road segment, a Wi-Fi hotspot),
 * implemented as a bean by the module that keeps the asset's registry. A category names the kind it
 * asks for ({@link Kategori#asetJenis()}); the citizen picks an asset near the pin, types its id or
 * scans its sticker, and the report stores the kind's {@link #kode()} with the id.
 */
public interface JenisAset {

	/** Stored on the report and on the category: {@code pju}, {@code jalan}, {@code wifi}; lower case, at most 20 characters. */
	String kode();

	/** The message key of the kind's name in words ("Tiang lampu jalan"). */
	String kodeNama();

	/** The asset with this id (as printed on its sticker); empty when there is none. */
	Optional<Aset> cari(String id);

	/** At most {@code batas} assets nearest to the point, nearest first (the picker under the citizen's pin). */
	List<Aset> terdekat(double lat, double lon, int batas);

	/** The staff page of the asset (its complaint history), as a site path; null when the module has none. */
	default String tautanStaf(String id) {
		return null;
	}
}
