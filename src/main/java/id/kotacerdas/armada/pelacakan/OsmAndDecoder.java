package id.kotacerdas.armada.pelacakan;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.kotacerdas.armada.kendaraan.DataKendaraan;
import id.kotacerdas.platform.Teks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Decodes the OsmAnd protocol as Traccar accepts it (see docs/osmand-protocol.md in shared docs):
 * a GET query string, a form POST, or the JSON body of Traccar Client 9+. Pure: no I/O, no state;
 * every failure is an {@link OsmAndDitolak} with status 400.
 */
final class OsmAndDecoder {

	/** m/s → knots (1 knot = 1852 m / 3600 s). */
	static final double KNOT_PER_MPS = 3600.0 / 1852.0;

	private static final DateTimeFormatter TANGGAL_JAM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private static final Pattern BULAT = Pattern.compile("-?\\d{1,18}");

	private static final Pattern DESIMAL = Pattern.compile("-?\\d*\\.\\d+([eE][-+]?\\d+)?");

	private static final Pattern DETIK_PECAHAN = Pattern.compile("\\d+\\.\\d+");

	private static final Pattern TRACKER = Pattern.compile(DataKendaraan.POLA_TRACKER);

	/*
	 * Every field is made storable here, before the fix joins a batch: one value PostgreSQL refuses
	 * (U+0000 in an attribute, a speed beyond the range of a real) used to fail the commit of every
	 * honest tracker in the same batch. Core values out of range are dropped, not stored.
	 */

	/** Faster than any road vehicle (about 1,850 km/h): a broken reading, not a speed. */
	static final double KECEPATAN_MAKS_KNOT = 1000;

	/** From below the Dead Sea to above any airliner, in metres. */
	static final double KETINGGIAN_MIN_M = -500;

	static final double KETINGGIAN_MAKS_M = 20_000;

	/** A fix less accurate than this (metres) tells nothing about the vehicle. */
	static final double AKURASI_MAKS_M = 100_000;

	/** Coordinates to 1e-7 degree (about 1 cm), which is past what any GPS measures. */
	private static final double SKALA_KOORDINAT = 1e7;

	/** Other values to 1e-3 of their unit. */
	private static final double SKALA_NILAI = 1e3;

	/** Attributes kept per fix, and the longest key and text value: trackers send a few short values. */
	static final int ATRIBUT_MAKS = 64;

	static final int KUNCI_MAKS = 64;

	static final int TEKS_MAKS = 256;

	private final ObjectMapper json;

	private final ZoneId zonaServer;

	OsmAndDecoder(ObjectMapper json, ZoneId zonaServer) {
		this.json = json;
		this.zonaServer = zonaServer;
	}

	/**
	 * @param query the raw query string of the URL, null when there is none
	 * @param contentType the request's Content-Type header, may be null
	 */
	PosisiMasuk decode(String query, String contentType, byte[] isi) {
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
			return decodeJson(isi);
		}
		String teks = query != null && !query.isEmpty() ? query : new String(isi, StandardCharsets.UTF_8).strip();
		return decodeParameter(uraiParameter(teks));
	}

	static Map<String, String> uraiParameter(String teks) {
		Map<String, String> hasil = new LinkedHashMap<>();
		if (teks == null || teks.isEmpty()) {
			return hasil;
		}
		for (String pasangan : teks.split("&")) {
			if (pasangan.isEmpty()) {
				continue;
			}
			int sama = pasangan.indexOf('=');
			try {
				String kunci = URLDecoder.decode(sama < 0 ? pasangan : pasangan.substring(0, sama), StandardCharsets.UTF_8);
				String nilai = sama < 0 ? "" : URLDecoder.decode(pasangan.substring(sama + 1), StandardCharsets.UTF_8);
				hasil.put(kunci, nilai);
			}
			catch (IllegalArgumentException ex) {
				throw new OsmAndDitolak(400, "pengodean URL rusak");
			}
		}
		return hasil;
	}

	private PosisiMasuk decodeParameter(Map<String, String> p) {
		String perangkat = null;
		Instant waktu = null;
		Double lat = null;
		Double lon = null;
		Double kecepatan = null;
		Double arah = null;
		Double ketinggian = null;
		Double akurasi = null;
		boolean valid = true;
		Map<String, Object> atribut = new LinkedHashMap<>();
		for (var e : p.entrySet()) {
			String nilai = e.getValue();
			if (nilai.isEmpty()) {
				continue;
			}
			switch (e.getKey()) {
				case "id", "deviceid" -> perangkat = nilai;
				case "timestamp" -> waktu = waktu(nilai);
				case "lat" -> lat = angka(e.getKey(), nilai);
				case "lon" -> lon = angka(e.getKey(), nilai);
				case "location" -> {
					String[] bagian = nilai.split(",");
					if (bagian.length != 2) {
						throw new OsmAndDitolak(400, "location harus lat,lon");
					}
					lat = angka("location", bagian[0]);
					lon = angka("location", bagian[1]);
				}
				case "speed" -> kecepatan = angka(e.getKey(), nilai);
				case "bearing", "heading" -> arah = angka(e.getKey(), nilai);
				case "altitude" -> ketinggian = angka(e.getKey(), nilai);
				case "accuracy" -> akurasi = angka(e.getKey(), nilai);
				case "valid" -> valid = Boolean.parseBoolean(nilai) || "1".equals(nilai);
				case "batt" -> atribut.put("batteryLevel", angka(e.getKey(), nilai));
				case "hdop" -> atribut.put("hdop", angka(e.getKey(), nilai));
				case "charge" -> atribut.put("charge", Boolean.parseBoolean(nilai));
				default -> atribut.put(e.getKey(), bertipe(nilai));
			}
		}
		return lengkap(perangkat, waktu, lat, lon, kecepatan, arah, ketinggian, akurasi, valid, atribut, false);
	}

	private PosisiMasuk decodeJson(byte[] isi) {
		JsonNode akar;
		try {
			akar = json.readTree(isi);
		}
		catch (JacksonException ex) {
			throw new OsmAndDitolak(400, "JSON rusak");
		}
		if (akar == null || !akar.isObject()) {
			throw new OsmAndDitolak(400, "JSON harus objek");
		}
		JsonNode lokasi = akar.path("location");
		JsonNode koordinat = lokasi.path("coords");
		Map<String, Object> atribut = new LinkedHashMap<>();
		JsonNode odometer = lokasi.has("odometer") ? lokasi.get("odometer") : akar.path("odometer");
		if (odometer.isNumber()) {
			atribut.put("odometer", odometer.doubleValue());
		}
		if (lokasi.path("is_moving").isBoolean()) {
			atribut.put("motion", lokasi.get("is_moving").booleanValue());
		}
		if (lokasi.path("event").isString()) {
			atribut.put("event", lokasi.get("event").stringValue());
		}
		JsonNode baterai = lokasi.path("battery");
		if (baterai.path("level").isNumber()) {
			atribut.put("batteryLevel", Math.round(baterai.get("level").doubleValue() * 1000) / 10.0);
		}
		if (baterai.path("is_charging").isBoolean()) {
			atribut.put("charge", baterai.get("is_charging").booleanValue());
		}
		if (lokasi.path("activity").path("type").isString()) {
			atribut.put("activity", lokasi.get("activity").get("type").stringValue());
		}
		for (var e : lokasi.path("extras").properties()) {
			JsonNode v = e.getValue();
			// a nested object or list is kept as its JSON text (Jackson 3 refuses asString() on it)
			atribut.put(e.getKey(), v.isNumber() ? v.doubleValue() : v.isBoolean() ? v.booleanValue() : v.isValueNode() ? v.asString() : v.toString());
		}
		String perangkat = akar.path("device_id").isValueNode() ? akar.get("device_id").asString() : null;
		Instant waktu = lokasi.path("timestamp").isValueNode() ? waktu(lokasi.get("timestamp").asString()) : null;
		Double kecepatanMps = angkaJson(koordinat, "speed");
		Double kecepatan = kecepatanMps == null || kecepatanMps < 0 ? null : kecepatanMps * KNOT_PER_MPS;
		return lengkap(perangkat, waktu, angkaJson(koordinat, "latitude"), angkaJson(koordinat, "longitude"), kecepatan,
				angkaJson(koordinat, "heading"), angkaJson(koordinat, "altitude"), angkaJson(koordinat, "accuracy"), true,
				atribut, true);
	}

	private static Double angkaJson(JsonNode induk, String nama) {
		JsonNode n = induk.path(nama);
		if (n.isMissingNode() || n.isNull()) {
			return null;
		}
		if (!n.isNumber()) {
			throw new OsmAndDitolak(400, nama + " bukan angka");
		}
		return n.doubleValue();
	}

	private static PosisiMasuk lengkap(String perangkat, Instant waktu, Double lat, Double lon, Double kecepatan, Double arah,
			Double ketinggian, Double akurasi, boolean valid, Map<String, Object> atribut, boolean json) {
		if (perangkat == null || perangkat.isBlank()) {
			throw new OsmAndDitolak(400, "id perangkat wajib");
		}
		String id = perangkat.strip();
		// no register entry can match anything else, so it needs no lookup (and U+0000 never reaches SQL)
		if (id.length() > DataKendaraan.TRACKER_MAKS || !TRACKER.matcher(id).matches()) {
			throw new OsmAndDitolak(400, "id perangkat tidak sah");
		}
		if ((lat == null) != (lon == null)) {
			throw new OsmAndDitolak(400, "lat dan lon harus berpasangan");
		}
		if (lat != null && (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
			throw new OsmAndDitolak(400, "koordinat di luar jangkauan");
		}
		return new PosisiMasuk(id, waktu, bulat(lat, SKALA_KOORDINAT), bulat(lon, SKALA_KOORDINAT),
				dalam(kecepatan, 0, KECEPATAN_MAKS_KNOT), arah(arah), dalam(ketinggian, KETINGGIAN_MIN_M, KETINGGIAN_MAKS_M),
				dalam(akurasi, 0, AKURASI_MAKS_M), valid, atribut(atribut), json);
	}

	/** The value rounded to its storable precision, or null when it is missing or outside [min, maks]. */
	private static Double dalam(Double nilai, double min, double maks) {
		return nilai == null || !(nilai >= min && nilai <= maks) ? null : bulat(nilai, SKALA_NILAI);
	}

	/** A bearing in [0, 360). */
	private static Double arah(Double derajat) {
		if (derajat == null || !Double.isFinite(derajat)) {
			return null;
		}
		return bulat(derajat % 360 + 360, SKALA_NILAI) % 360;
	}

	private static Double bulat(Double nilai, double skala) {
		return nilai == null ? null : Math.round(nilai * skala) / skala;
	}

	/**
	 * Attributes as they can be stored: keys and texts without control characters or broken
	 * surrogates and cut to length, numbers finite (others dropped), at most {@link #ATRIBUT_MAKS}.
	 */
	static Map<String, Object> atribut(Map<String, Object> mentah) {
		Map<String, Object> hasil = new LinkedHashMap<>();
		for (var e : mentah.entrySet()) {
			if (hasil.size() == ATRIBUT_MAKS) {
				break;
			}
			String kunci = Teks.bersihkan(e.getKey(), KUNCI_MAKS);
			Object nilai = e.getValue();
			if (nilai instanceof Number n && !(nilai instanceof Long)) {
				nilai = Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
			}
			else if (nilai != null && !(nilai instanceof Boolean) && !(nilai instanceof Long)) {
				nilai = Teks.bersihkan(nilai.toString(), TEKS_MAKS);
			}
			if (!kunci.isEmpty() && nilai != null) {
				hasil.put(kunci, nilai);
			}
		}
		return hasil;
	}

	/** Unix seconds or milliseconds, ISO 8601, or {@code yyyy-MM-dd HH:mm:ss} in the server's zone. */
	Instant waktu(String nilai) {
		String t = nilai.strip();
		try {
			if (BULAT.matcher(t).matches() && !t.startsWith("-")) {
				long angka = Long.parseLong(t);
				return angka < Integer.MAX_VALUE ? Instant.ofEpochSecond(angka) : Instant.ofEpochMilli(angka);
			}
			if (DETIK_PECAHAN.matcher(t).matches()) {
				return Instant.ofEpochMilli(Math.round(Double.parseDouble(t) * 1000));
			}
			if (t.contains("T")) {
				try {
					return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
				}
				catch (DateTimeParseException tanpaZona) {
					return LocalDateTime.parse(t).atZone(zonaServer).toInstant();
				}
			}
			return LocalDateTime.parse(t, TANGGAL_JAM).atZone(zonaServer).toInstant();
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			throw new OsmAndDitolak(400, "timestamp tidak dikenali");
		}
	}

	private static double angka(String kunci, String nilai) {
		try {
			double d = Double.parseDouble(nilai);
			if (!Double.isFinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException ex) {
			throw new OsmAndDitolak(400, kunci + " bukan angka");
		}
	}

	/** Other keys are kept typed as Traccar keeps them: integer, decimal, boolean, else text. */
	static Object bertipe(String nilai) {
		if (BULAT.matcher(nilai).matches()) {
			return Long.parseLong(nilai);
		}
		if (DESIMAL.matcher(nilai).matches()) {
			return Double.parseDouble(nilai);
		}
		if (nilai.equalsIgnoreCase("true") || nilai.equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(nilai);
		}
		return nilai;
	}
}
