package id.kotacerdas.audit.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an audit record's JSON snapshots as a person would: the fields that changed, each with
 * its old and new value, in words (a date, "Pertamax Turbo", "ya") rather than JSON and enum
 * constants, a kelurahan by its name rather than its Kemendagri code. Modules record whatever object
 * they changed, so this works on any shape; a field or
 * value may get a better name through the keys {@code audit.bidang.*} and {@code audit.nilai.*}.
 */
@Component
class PerubahanAudit {

	/** One field: {@code sebelum} is null for a created object, {@code sesudah} for a deleted one. */
	record Perubahan(String bidang, String sebelum, String sesudah) {
	}

	private static final Pattern KONSTANTA = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

	/** A Kemendagri kecamatan ("53.71.03") or kelurahan ("53.71.03.1001") code. */
	private static final Pattern KODE_WILAYAH = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}(?:\\.\\d{4})?");

	private static final Pattern TANGGAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern WAKTU = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

	/** A message key of the bundles: "armada.gerbang.selang". */
	private static final Pattern KUNCI = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+");

	private static final Pattern HURUF_BESAR = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

	private static final String KOSONG = "–";

	private final ObjectMapper json;

	private final MessageSource pesan;

	private final Wilayah wilayah;

	PerubahanAudit(ObjectMapper json, MessageSource pesan, Wilayah wilayah) {
		this.json = json;
		this.pesan = pesan;
		this.wilayah = wilayah;
	}

	List<Perubahan> baca(String sebelum, String sesudah, Locale bahasa) {
		Map<String, String> lama = ratakan(sebelum, bahasa);
		Map<String, String> baru = ratakan(sesudah, bahasa);
		Set<String> bidang = new LinkedHashSet<>(lama.keySet());
		bidang.addAll(baru.keySet());
		List<Perubahan> hasil = new ArrayList<>();
		for (String b : bidang) {
			String l = lama.get(b);
			String n = baru.get(b);
			// a snapshot of the whole object repeats what stayed the same; only a change is news
			if (sebelum != null && sesudah != null && Objects.equals(l, n)) {
				continue;
			}
			hasil.add(new Perubahan(namaBidang(b, bahasa), sebelum == null ? null : Objects.requireNonNullElse(l, KOSONG),
					sesudah == null ? null : Objects.requireNonNullElse(n, KOSONG)));
		}
		return hasil;
	}

	/** "pengaduan.verifikasi" → "Pengaduan: verifikasi"; the verb in the reader's language where the bundle has it. */
	String namaAksi(String aksi, Locale bahasa) {
		int titik = aksi.indexOf('.');
		if (titik < 0) {
			return kalimat(aksi);
		}
		String kerja = aksi.substring(titik + 1);
		return namaJenis(aksi.substring(0, titik), bahasa) + ": "
				+ pesan.getMessage("audit.aksi." + kerja, null, kerja.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT), bahasa);
	}

	String namaJenis(String jenis, Locale bahasa) {
		return pesan.getMessage("audit.jenis." + jenis, null, kalimat(jenis), bahasa);
	}

	/** Leaf values by field path ("alasan.1.kode"); an empty map for no snapshot. */
	private Map<String, String> ratakan(String teks, Locale bahasa) {
		Map<String, String> hasil = new LinkedHashMap<>();
		if (teks != null) {
			ratakan("", json.readTree(teks), hasil, bahasa);
		}
		return hasil;
	}

	private void ratakan(String jalur, JsonNode node, Map<String, String> hasil, Locale bahasa) {
		if (pesanBerargumen(node)) {
			hasil.put(jalur, kalimatPesan(node, bahasa));
		}
		else if (node.isObject()) {
			node.properties().forEach(e -> ratakan(jalur.isEmpty() ? e.getKey() : jalur + "." + e.getKey(), e.getValue(), hasil, bahasa));
		}
		else if (node.isArray() && node.values().stream().noneMatch(n -> n.isObject() || n.isArray())) {
			List<String> nilai = node.values().stream().map(n -> nilai(n, bahasa)).toList();
			hasil.put(jalur, nilai.isEmpty() ? KOSONG : String.join(", ", nilai));
		}
		else if (node.isArray()) {
			int i = 1;
			for (JsonNode n : node.values()) {
				ratakan(jalur + "." + i++, n, hasil, bahasa);
			}
		}
		else if (!node.isNull()) {
			hasil.put(jalur, nilai(node, bahasa));
		}
	}

	/** A reason recorded as a message key with its arguments (e.g. why the fuel gate refused). */
	private static boolean pesanBerargumen(JsonNode node) {
		return node.isObject() && node.size() == 2 && node.path("kode").isString() && KUNCI.matcher(node.path("kode").asString()).matches()
				&& node.path("argumen").isArray();
	}

	private String kalimatPesan(JsonNode node, Locale bahasa) {
		Object[] argumen = node.path("argumen").values().stream()
			.map(a -> a.isNumber() ? a.decimalValue()
					: a.isString() && KUNCI.matcher(a.asString()).matches()
							? new DefaultMessageSourceResolvable(new String[] { a.asString() }, a.asString()) : a.asString())
			.toArray();
		String kode = node.path("kode").asString();
		return pesan.getMessage(kode, argumen, kode, bahasa);
	}

	private String nilai(JsonNode node, Locale bahasa) {
		if (node.isBoolean()) {
			return pesan.getMessage(node.booleanValue() ? "umum.ya" : "umum.tidak", null, bahasa);
		}
		if (node.isNumber()) {
			return angka(node.decimalValue(), bahasa);
		}
		String s = node.asString();
		if (WAKTU.matcher(s).matches()) {
			try {
				return Waktu.formatTanggalJam(s.endsWith("Z") ? Instant.parse(s) : OffsetDateTime.parse(s).toInstant());
			}
			catch (DateTimeParseException ex) {
				return s;
			}
		}
		if (TANGGAL.matcher(s).matches()) {
			try {
				return Waktu.formatTanggal(LocalDate.parse(s));
			}
			catch (DateTimeParseException ex) {
				return s;
			}
		}
		if (KODE_WILAYAH.matcher(s).matches()) {
			return (s.length() > 8 ? wilayah.kelurahan(s).map(Kelurahan::nama) : wilayah.kecamatan(s).map(Kecamatan::nama)).orElse(s);
		}
		if (s.length() > 2 && KONSTANTA.matcher(s).matches()) {
			return pesan.getMessage("audit.nilai." + s, null, judul(s), bahasa);
		}
		return s.isEmpty() ? KOSONG : s;
	}

	/** Decimals with the reader's separator ("34,5"); no grouping, which would turn a year into "2.021". */
	private static String angka(BigDecimal n, Locale bahasa) {
		NumberFormat format = NumberFormat.getNumberInstance(bahasa);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
		return format.format(n);
	}

	/** "data.nipPemegang" → "Nip pemegang"; an index of a list stays a number ("Alasan 1 kode"). */
	private String namaBidang(String jalur, Locale bahasa) {
		String daun = jalur.substring(jalur.lastIndexOf('.') + 1);
		String nama = pesan.getMessage("audit.bidang." + daun, null, null, bahasa);
		if (nama != null) {
			return nama;
		}
		List<String> bagian = new ArrayList<>();
		for (String b : jalur.split("\\.")) {
			bagian.add(String.join(" ", HURUF_BESAR.split(b)).toLowerCase(Locale.ROOT));
		}
		return kalimat(String.join(" ", bagian));
	}

	/** "PERTAMAX_TURBO" → "Pertamax Turbo". */
	private static String judul(String konstanta) {
		StringBuilder sb = new StringBuilder();
		for (String kata : konstanta.toLowerCase(Locale.ROOT).split("_")) {
			if (!sb.isEmpty()) {
				sb.append(' ');
			}
			sb.append(Character.toUpperCase(kata.charAt(0))).append(kata.substring(1));
		}
		return sb.toString();
	}

	/** "kunci-api" → "Kunci api". */
	private static String kalimat(String kode) {
		String s = kode.replace('-', ' ').replace('_', ' ');
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
