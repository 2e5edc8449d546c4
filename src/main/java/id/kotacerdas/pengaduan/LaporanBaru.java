package id.kotacerdas.pengaduan;

import java.util.List;
import java.util.Map;

/**
 * A new report as a citizen or an API client sends it.
 *
 * @param lat with {@code lon} the map pin (WGS84), or null
 * @param kelurahanKode the chosen kelurahan when there is no pin, or null
 * @param alamat free address text
 * @param atribut answers to the category's extra questions by question code (several for multiple choice)
 * @param foto at most five images as uploaded
 * @param saluran where it came from: {@code web}, {@code open311}
 * @param asetId the city asset the report is about (of the kind its category asks for), or null
 */
public record LaporanBaru(String kategoriKode, String deskripsi, Double lat, Double lon, String kelurahanKode, String alamat,
		String nama, String telepon, String email, boolean anonim, boolean rahasia, Map<String, List<String>> atribut,
		List<byte[]> foto, String saluran, String asetId) {

	/** A report about no particular asset. */
	public LaporanBaru(String kategoriKode, String deskripsi, Double lat, Double lon, String kelurahanKode, String alamat, String nama,
			String telepon, String email, boolean anonim, boolean rahasia, Map<String, List<String>> atribut, List<byte[]> foto,
			String saluran) {
		this(kategoriKode, deskripsi, lat, lon, kelurahanKode, alamat, nama, telepon, email, anonim, rahasia, atribut, foto, saluran, null);
	}
}
