package id.kotacerdas.satudata.internal.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An action's parameters, from the query string (GET) or the JSON body (POST), read with CKAN's validators and
 * messages ({@code ckan/logic/schema.py}, {@code ckan/logic/validators.py}).
 */
final class ParameterCkan {

	private final Map<String, Object> nilai;

	private final ObjectMapper json;

	ParameterCkan(Map<String, Object> nilai, ObjectMapper json) {
		this.nilai = nilai;
		this.json = json;
	}

	String teks(String nama) {
		Object v = nilai.get(nama);
		return v == null ? null : v.toString();
	}

	/** CKAN's natural_number_validator after int_validator: a whole number ≥ 0. */
	int bilanganAsli(String nama, int bawaan) {
		Object v = nilai.get(nama);
		if (v == null || v.toString().isBlank()) {
			return bawaan;
		}
		long n;
		if (v instanceof Number angka && !(v instanceof Double || v instanceof Float)) {
			n = angka.longValue();
		}
		else {
			try {
				n = Long.parseLong(v.toString().strip());
			}
			catch (NumberFormatException e) {
				throw GalatCkan.validasi(nama, "Invalid integer");
			}
		}
		if (n < 0) {
			throw GalatCkan.validasi(nama, "Must be a natural number");
		}
		return (int) Math.min(n, Integer.MAX_VALUE);
	}

	/** CKAN's boolean_validator: true, yes, 1, on (any case). */
	boolean benar(String nama) {
		Object v = nilai.get(nama);
		if (v instanceof Boolean b) {
			return b;
		}
		return v != null && List.of("true", "yes", "1", "on").contains(v.toString().strip().toLowerCase(java.util.Locale.ROOT));
	}

	/** A list of strings given as a JSON list (POST) or a JSON-encoded string (GET), as convert_to_json_if_string. */
	List<String> daftarTeks(String nama) {
		Object v = nilai.get(nama);
		if (v == null) {
			return List.of();
		}
		if (v instanceof List<?> daftar) {
			return daftar.stream().map(String::valueOf).toList();
		}
		JsonNode n;
		try {
			n = json.readTree(v.toString());
		}
		catch (JacksonException e) {
			throw GalatCkan.validasi(nama, "Could not parse as valid JSON");
		}
		if (!n.isArray()) {
			throw GalatCkan.validasi(nama, "Not a list");
		}
		List<String> hasil = new ArrayList<>();
		n.forEach(e -> hasil.add(e.asString()));
		return hasil;
	}
}
