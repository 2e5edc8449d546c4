package id.kotacerdas.satudata.internal.ckan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.satudata.Dataset;
import id.kotacerdas.satudata.GrupData;
import id.kotacerdas.satudata.HasilPencarian;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.Organisasi;
import id.kotacerdas.satudata.Pencarian;
import id.kotacerdas.satudata.Pencarian.Bidang;
import id.kotacerdas.satudata.SumberDaya;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The CKAN Action API v3, read-only, as CKAN 2.10 answers it ({@code ckan/views/api.py}, {@code ckan/logic/action/get.py}):
 * GET with query parameters or POST with a JSON object, every answer in the envelope
 * {@code {"help", "success", "result"|"error"}}; an unknown action is a 400 whose body is the JSON string
 * {@code "Bad request - Action name not known: <action>"}. Anonymous and public: {@code include_private} changes
 * nothing.
 */
@RestController
class CkanController {

	/** What status_show reports: the CKAN release whose API this one follows. */
	static final String VERSI_CKAN = "2.10.4";

	private final KatalogData katalog;

	private final PenyajiCkan penyaji;

	private final UrlDasar urlDasar;

	private final ObjectMapper json;

	private final MessageSource pesan;

	private final KotaProperties kota;

	private final Map<String, Function<ParameterCkan, Object>> aksi = new LinkedHashMap<>();

	CkanController(KatalogData katalog, PenyajiCkan penyaji, UrlDasar urlDasar, ObjectMapper json, MessageSource pesan, KotaProperties kota) {
		this.katalog = katalog;
		this.penyaji = penyaji;
		this.urlDasar = urlDasar;
		this.json = json;
		this.pesan = pesan;
		this.kota = kota;
		aksi.put("package_list", this::packageList);
		aksi.put("package_show", this::packageShow);
		aksi.put("package_search", this::packageSearch);
		aksi.put("organization_list", this::organizationList);
		aksi.put("organization_show", this::organizationShow);
		aksi.put("group_list", this::groupList);
		aksi.put("tag_list", this::tagList);
		aksi.put("resource_show", this::resourceShow);
		aksi.put("current_package_list_with_resources", this::currentPackageListWithResources);
		aksi.put("status_show", p -> statusShow());
	}

	@BacaanPublik
	@RequestMapping(path = { "/api/3/action/{nama}", "/api/action/{nama}" }, method = { RequestMethod.GET, RequestMethod.POST },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> jalankan(@PathVariable String nama, @RequestParam MultiValueMap<String, String> kueri,
			@RequestBody(required = false) String isi) {
		Function<ParameterCkan, Object> f = aksi.get(nama);
		if (f == null) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString("Bad request - Action name not known: " + nama));
		}
		Map<String, Object> parameter = new LinkedHashMap<>();
		kueri.forEach((k, v) -> parameter.put(k, v.get(0)));
		if (isi != null && !isi.isBlank()) {
			try {
				Object badan = json.readValue(isi, Object.class);
				if (!(badan instanceof Map<?, ?> peta)) {
					return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
						.body(json.writeValueAsString("Bad request - JSON Error: Request data JSON decoded to " + badan + " but it needs to be a dictionary."));
				}
				peta.forEach((k, v) -> parameter.put(String.valueOf(k), v));
			}
			catch (JacksonException e) {
				return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
					.body(json.writeValueAsString("Bad request - JSON Error: Error decoding JSON data."));
			}
		}
		Map<String, Object> amplop = amplop(nama);
		amplop.put("success", true);
		amplop.put("result", f.apply(new ParameterCkan(parameter, json)));
		return ResponseEntity.ok(amplop);
	}

	@ExceptionHandler(GalatCkan.class)
	ResponseEntity<Map<String, Object>> galat(GalatCkan g, jakarta.servlet.http.HttpServletRequest permintaan) {
		String uri = permintaan.getRequestURI();
		Map<String, Object> amplop = amplop(uri.substring(uri.lastIndexOf('/') + 1));
		amplop.put("success", false);
		amplop.put("error", g.galat());
		return ResponseEntity.status(g.status()).contentType(MediaType.APPLICATION_JSON).body(amplop);
	}

	private Map<String, Object> amplop(String nama) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("help", urlDasar.dariPermintaan() + "/api/3/action/help_show?name=" + nama);
		return m;
	}

	private String dasar() {
		return urlDasar.dariPermintaan();
	}

	private Object packageList(ParameterCkan p) {
		return katalog.namaTerbit(p.teks("limit") == null ? Integer.MAX_VALUE : p.bilanganAsli("limit", 0), p.bilanganAsli("offset", 0));
	}

	private Object packageShow(ParameterCkan p) {
		String id = p.teks("id") != null ? p.teks("id") : p.teks("name_or_id");
		if (id == null || id.isBlank()) {
			throw GalatCkan.validasi("name_or_id", "Missing value");
		}
		Dataset d = katalog.cariTerbit(id.strip()).orElseThrow(() -> {
			if (katalog.cari(id.strip()).isPresent()) {
				return GalatCkan.aksesDitolak("User not authorized to read package " + id.strip());
			}
			return GalatCkan.tidakDitemukan(null);
		});
		return penyaji.paket(d, dasar());
	}

	private Object packageSearch(ParameterCkan p) {
		Pencarian c = KueriCkan.dari(p);
		HasilPencarian h = katalog.cari(c);
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("count", h.jumlah());
		r.put("facets", h.faset().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().ckan(),
				e -> e.getValue().stream().collect(Collectors.toMap(HasilPencarian.Faset::nilai, HasilPencarian.Faset::jumlah, (a, b) -> a,
						LinkedHashMap::new)), (a, b) -> a, LinkedHashMap::new)));
		r.put("results", h.dataset().stream().map(d -> penyaji.paket(d, dasar())).toList());
		r.put("sort", p.teks("sort") == null ? "score desc, metadata_modified desc" : p.teks("sort"));
		Map<String, Object> cari = new LinkedHashMap<>();
		h.faset().forEach((bidang, nilai) -> {
			Map<String, String> tampil = namaTampil(bidang);
			cari.put(bidang.ckan(), Map.of("title", bidang.ckan(), "items", nilai.stream()
				.map(f -> Map.of("name", f.nilai(), "display_name", tampil.getOrDefault(f.nilai(), f.nilai()), "count", f.jumlah())).toList()));
		});
		r.put("search_facets", cari);
		return r;
	}

	/** A facet value as people read it: the agency's or element's name. */
	private Map<String, String> namaTampil(Bidang bidang) {
		return switch (bidang) {
			case ORGANISASI -> katalog.organisasi().stream().collect(Collectors.toMap(Organisasi::nama, Organisasi::judul));
			case GRUP -> java.util.Arrays.stream(ElemenKotaCerdas.values())
				.collect(Collectors.toMap(GrupData::nama, e -> pesan.getMessage(e.kodePesan(), null, Locale.ROOT)));
			default -> Map.of();
		};
	}

	private Map<String, Long> jumlahPer(Bidang bidang) {
		return katalog.cari(new Pencarian("", List.of(), List.of(), 0, 0, List.of(bidang), -1)).faset().get(bidang).stream()
			.collect(Collectors.toMap(HasilPencarian.Faset::nilai, HasilPencarian.Faset::jumlah));
	}

	private Object organizationList(ParameterCkan p) {
		Map<String, Long> jumlah = jumlahPer(Bidang.ORGANISASI);
		List<Organisasi> semua = urutkan(katalog.organisasi(), p, Organisasi::nama, Organisasi::judul, o -> jumlah.getOrDefault(o.nama(), 0L));
		boolean lengkap = p.benar("all_fields");
		return halaman(semua, p).stream().map(o -> lengkap ? (Object) penyaji.organisasi(o, jumlah.getOrDefault(o.nama(), 0L)) : o.nama())
			.toList();
	}

	private Object organizationShow(ParameterCkan p) {
		String id = p.teks("id");
		if (id == null || id.isBlank()) {
			throw GalatCkan.validasi("id", "Missing value");
		}
		Organisasi o = katalog.organisasi().stream()
			.filter(x -> x.nama().equals(id.strip()) || PenyajiCkan.idTetap("organization", x.nama()).equals(id.strip())).findFirst()
			.orElseThrow(() -> GalatCkan.tidakDitemukan("organization"));
		HasilPencarian h = katalog.cari(new Pencarian("", List.of(new Pencarian.Saringan(Bidang.ORGANISASI, o.nama(), false)),
				List.of(new Pencarian.Urutan(Pencarian.KunciUrutan.NAMA, false)), p.benar("include_datasets") ? KueriCkan.BARIS_MAKS : 0, 0,
				List.of(), 0));
		Map<String, Object> m = penyaji.organisasi(o, h.jumlah());
		if (p.benar("include_datasets")) {
			m.put("packages", h.dataset().stream().map(d -> penyaji.paket(d, dasar())).toList());
		}
		return m;
	}

	private Object groupList(ParameterCkan p) {
		Map<String, Long> jumlah = jumlahPer(Bidang.GRUP);
		List<String> semua = urutkan(java.util.Arrays.stream(ElemenKotaCerdas.values()).map(GrupData::nama).toList(), p, n -> n,
				n -> (String) penyaji.grup(n).get("title"), n -> jumlah.getOrDefault(n, 0L));
		boolean lengkap = p.benar("all_fields");
		return halaman(semua, p).stream().map(n -> {
			if (!lengkap) {
				return (Object) n;
			}
			Map<String, Object> g = penyaji.grup(n);
			g.put("type", "group");
			g.put("is_organization", false);
			g.put("state", "active");
			g.put("approval_status", "approved");
			g.put("package_count", jumlah.getOrDefault(n, 0L));
			return g;
		}).toList();
	}

	private Object tagList(ParameterCkan p) {
		String cari = p.teks("query") == null ? "" : p.teks("query").strip().toLowerCase(Locale.ROOT);
		List<String> tag = jumlahPer(Bidang.TAG).keySet().stream().filter(t -> t.contains(cari)).sorted().toList();
		return p.benar("all_fields") ? tag.stream().map(PenyajiCkan::tag).toList() : tag;
	}

	private Object resourceShow(ParameterCkan p) {
		String id = p.teks("id");
		if (id == null || id.isBlank()) {
			throw GalatCkan.validasi("id", "Missing value");
		}
		UUID uuid;
		try {
			uuid = UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException e) {
			throw GalatCkan.tidakDitemukan("Resource was not found.");
		}
		Dataset d = katalog.cariTerbitMenurutSumberDaya(uuid).orElseThrow(() -> GalatCkan.tidakDitemukan("Resource was not found."));
		List<SumberDaya> s = d.sumberDaya();
		for (int i = 0; i < s.size(); i++) {
			if (s.get(i).id().equals(uuid)) {
				return penyaji.sumberDaya(d, s.get(i), i, dasar());
			}
		}
		throw GalatCkan.tidakDitemukan("Resource was not found.");
	}

	private Object currentPackageListWithResources(ParameterCkan p) {
		int batas = Math.min(p.bilanganAsli("limit", KueriCkan.BARIS_MAKS), KueriCkan.BARIS_MAKS);
		int mulai = p.bilanganAsli("offset", 0);
		return katalog.cari(new Pencarian("", List.of(), List.of(new Pencarian.Urutan(Pencarian.KunciUrutan.DIUBAH, true)), batas, mulai,
				List.of(), 0)).dataset().stream().map(d -> penyaji.paket(d, dasar())).toList();
	}

	private Object statusShow() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("site_title", pesan.getMessage("satudata.ckan.judul-situs", new Object[] { kota.nama() }, Locale.ROOT));
		m.put("site_description", pesan.getMessage("satudata.ckan.keterangan-situs", new Object[] { kota.nama() }, Locale.ROOT));
		m.put("site_url", dasar());
		m.put("ckan_version", VERSI_CKAN);
		m.put("error_emails_to", null);
		m.put("locale_default", "id");
		m.put("extensions", List.of("satudata", "dcat"));
		return m;
	}

	/** CKAN's sort for organisation and group lists: {@code name}, {@code title} or {@code package_count}, asc or desc. */
	private static <T> List<T> urutkan(List<T> semua, ParameterCkan p, Function<T, String> nama, Function<T, String> judul,
			Function<T, Long> jumlah) {
		String sort = p.teks("sort") == null ? "name asc" : p.teks("sort").strip().toLowerCase(Locale.ROOT);
		String[] kata = sort.split("\\s+");
		Comparator<T> urutan = switch (kata[0]) {
			case "name" -> Comparator.comparing(nama);
			case "title" -> Comparator.comparing(judul, String.CASE_INSENSITIVE_ORDER);
			case "package_count" -> Comparator.comparing(jumlah);
			default -> throw GalatCkan.validasi("sort", "Cannot sort by field `" + kata[0] + "`");
		};
		if (kata.length > 1 && kata[1].equals("desc")) {
			urutan = urutan.reversed();
		}
		List<T> hasil = new ArrayList<>(semua);
		hasil.sort(urutan.thenComparing(nama));
		return hasil;
	}

	private static <T> List<T> halaman(List<T> semua, ParameterCkan p) {
		int mulai = Math.min(p.bilanganAsli("offset", 0), semua.size());
		int batas = p.teks("limit") == null ? semua.size() : p.bilanganAsli("limit", semua.size());
		return semua.subList(mulai, (int) Math.min((long) mulai + batas, semua.size()));
	}
}
