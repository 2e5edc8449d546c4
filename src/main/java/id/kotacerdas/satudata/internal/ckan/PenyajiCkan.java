package id.kotacerdas.satudata.internal.ckan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.satudata.Dataset;
import id.kotacerdas.satudata.GrupData;
import id.kotacerdas.satudata.MetadataSatuData;
import id.kotacerdas.satudata.Organisasi;
import id.kotacerdas.satudata.SumberDaya;
import id.kotacerdas.satudata.internal.katalog.Lisensi;

/**
 * Datasets as CKAN 2.10 dictionaries (package, resource, organization, group, tag), field names exactly CKAN's. The
 * Satu Data metadata goes out as {@code extras}. Dates as CKAN writes them: UTC without a zone, microseconds.
 */
@Component
class PenyajiCkan {

	private static final DateTimeFormatter WAKTU_CKAN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

	private final MessageSource pesan;

	PenyajiCkan(MessageSource pesan) {
		this.pesan = pesan;
	}

	static String waktu(Instant t) {
		return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(WAKTU_CKAN);
	}

	/** Organisations and groups have no UUID of their own here: a name-based one, stable forever. */
	static String idTetap(String jenis, String nama) {
		return UUID.nameUUIDFromBytes((jenis + ":" + nama).getBytes(StandardCharsets.UTF_8)).toString();
	}

	Map<String, Object> paket(Dataset d, String urlDasar) {
		Lisensi l = Lisensi.dari(d.lisensi());
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", d.id().toString());
		p.put("name", d.nama());
		p.put("title", d.judul());
		p.put("type", "dataset");
		p.put("notes", d.catatan());
		p.put("url", urlDasar + "/data/" + d.nama());
		p.put("version", null);
		p.put("state", "active");
		p.put("private", false);
		p.put("author", d.organisasi().judul());
		p.put("author_email", null);
		p.put("maintainer", d.walidata());
		p.put("maintainer_email", null);
		p.put("license_id", d.lisensi());
		p.put("license_title", l.judul());
		p.put("license_url", l.url());
		p.put("isopen", l.terbuka());
		p.put("metadata_created", waktu(d.dibuat()));
		p.put("metadata_modified", waktu(d.diubah()));
		p.put("owner_org", idTetap("organization", d.organisasi().nama()));
		p.put("organization", organisasi(d.organisasi(), null));
		p.put("groups", d.grup().stream().map(this::grup).toList());
		p.put("tags", d.tag().stream().map(PenyajiCkan::tag).toList());
		p.put("num_tags", d.tag().size());
		List<Map<String, Object>> sumber = new ArrayList<>();
		for (int i = 0; i < d.sumberDaya().size(); i++) {
			sumber.add(sumberDaya(d, d.sumberDaya().get(i), i, urlDasar));
		}
		p.put("resources", sumber);
		p.put("num_resources", sumber.size());
		p.put("extras", extras(d));
		p.put("relationships_as_object", List.of());
		p.put("relationships_as_subject", List.of());
		return p;
	}

	Map<String, Object> sumberDaya(Dataset d, SumberDaya s, int posisi, String urlDasar) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("id", s.id().toString());
		r.put("package_id", d.id().toString());
		r.put("name", s.nama());
		r.put("description", d.judul() + " (" + s.format() + ")");
		r.put("url", urlDasar + s.alamat());
		r.put("format", s.format());
		r.put("mimetype", s.jenisMedia());
		r.put("size", s.ukuran());
		r.put("last_modified", waktu(s.diubah()));
		r.put("created", waktu(d.dibuat()));
		r.put("metadata_modified", waktu(s.diubah()));
		r.put("position", posisi);
		r.put("state", "active");
		r.put("url_type", null);
		r.put("hash", "");
		r.put("resource_type", null);
		r.put("datastore_active", false);
		return r;
	}

	/** @param jumlahPaket package_count, or null where CKAN leaves it out (inside a package) */
	Map<String, Object> organisasi(Organisasi o, Long jumlahPaket) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", idTetap("organization", o.nama()));
		m.put("name", o.nama());
		m.put("title", o.judul());
		m.put("display_name", o.judul());
		m.put("type", "organization");
		m.put("description", "");
		m.put("image_url", "");
		m.put("is_organization", true);
		m.put("approval_status", "approved");
		m.put("state", "active");
		if (jumlahPaket != null) {
			m.put("package_count", jumlahPaket);
		}
		return m;
	}

	Map<String, Object> grup(String nama) {
		String judul = GrupData.elemen(nama).map(e -> pesan.getMessage(e.kodePesan(), null, nama, Locale.ROOT)).orElse(nama);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", idTetap("group", nama));
		m.put("name", nama);
		m.put("title", judul);
		m.put("display_name", judul);
		m.put("description", GrupData.elemen(nama).map(e -> pesan.getMessage(e.dimensi().kodePesan(), null, "", Locale.ROOT)).orElse(""));
		m.put("image_display_url", "");
		return m;
	}

	static Map<String, Object> tag(String nama) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", idTetap("tag", nama));
		m.put("name", nama);
		m.put("display_name", nama);
		m.put("state", "active");
		m.put("vocabulary_id", null);
		return m;
	}

	/** The Satu Data metadata as CKAN extras, keys in the national portal's (Satu Data Indonesia) terms. */
	private List<Map<String, Object>> extras(Dataset d) {
		MetadataSatuData m = d.satuData();
		Map<String, String> e = new LinkedHashMap<>();
		e.put("konsep", m.konsep());
		e.put("definisi", m.definisi());
		e.put("klasifikasi", m.klasifikasi());
		e.put("satuan", m.satuan());
		e.put("kode_referensi_bps", m.kodeBps());
		e.put("kode_referensi_bappenas", m.kodeBappenas());
		e.put("tingkat_penyajian", pesan.getMessage(m.tingkatWilayah().kodePesan(), null, Locale.ROOT));
		e.put("kode_wilayah_kemendagri", m.kodeWilayah());
		e.put("periode", pesan.getMessage(m.periode().kodePesan(), null, Locale.ROOT));
		e.put("frekuensi", m.periode().iri());
		e.put("jadwal_rilis", m.jadwalRilis());
		e.put("produsen_data", d.organisasi().judul());
		e.put("walidata", d.walidata());
		e.put("tanggal_rilis", waktu(d.tanggalRilis()));
		e.put("sumber", d.kodeModul() != null ? "aplikasi:" + d.kodeModul() : "unggahan");
		e.put("cakupan_mulai", d.cakupanWaktu().map(c -> c.mulai().toString()).orElse(null));
		e.put("cakupan_selesai", d.cakupanWaktu().map(c -> c.selesai().toString()).orElse(null));
		e.put("jumlah_unduhan", Long.toString(d.jumlahUnduhan()));
		List<Map<String, Object>> hasil = new ArrayList<>();
		e.forEach((k, v) -> {
			if (v != null) {
				hasil.add(Map.of("key", k, "value", v));
			}
		});
		return hasil;
	}
}
