package id.kotacerdas.satudata.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.satudata.KatalogData;

/**
 * An agency's upload through the gate and walidata's review to the public portal: the dry run and a refused
 * upload store nothing; walidata returns and publishes; the dataset page previews 100 rows; downloads are counted;
 * small counts of people are suppressed; "Minta data" reaches Kominfo with the contacts private.
 */
@IntegrationTest
class PortalDataTests {

	private static final AtomicInteger URUT = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	private KatalogData katalogData;

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor dlhk() {
		return user(staf.adminOpd("DLHK")).roles(Peran.ADMIN_OPD.name());
	}

	private RequestPostProcessor kominfo() {
		return user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name());
	}

	private static String judul(String awal) {
		return awal + " " + URUT.incrementAndGet();
	}

	/** Tonnes of waste per kecamatan and month: an aggregate of {@code n} rows. */
	static String sampah(int n) {
		StringBuilder s = new StringBuilder("bulan;kecamatan;jumlah_ton\n");
		List<String> kec = List.of("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama");
		for (int i = 0; i < n; i++) {
			s.append("20%02d-%02d;%s;%d\n".formatted(15 + i / 72, 1 + (i / 6) % 12, kec.get(i % 6), 300 + (i * 37) % 250));
		}
		return s.toString();
	}

	private MockMultipartHttpServletRequestBuilder unggah(String judul, String csv, String aksi) {
		MockMultipartHttpServletRequestBuilder b = multipart("/staf/data/unggah");
		b.file(new MockMultipartFile("berkas", "data.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		b.param("aksi", aksi).param("judul", judul).param("konsep", "Timbulan sampah yang diangkut ke TPA Alak")
			.param("definisi", "Berat sampah yang ditimbang di jembatan timbang TPA Alak, per kecamatan asal")
			.param("satuan", "ton").param("tingkatWilayah", "KECAMATAN").param("frekuensi", "BULANAN").param("lisensi", "CC-BY-4.0")
			.param("tema", "PENGELOLAAN_SAMPAH").param("kataKunci", "sampah, lingkungan");
		return b;
	}

	private long hitung(String tabel) {
		return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
	}

	@Test
	void kolomNikDitolakSaatPeriksaDanSaatAjukanTanpaMenyimpanApaPun() throws Exception {
		long unggahan = hitung("satudata.unggahan");
		long berkas = hitung("berkas.berkas");
		String judul = judul("Penerima bantuan sosial");
		String csv = "NIK;kelurahan;jumlah\n5371054107950003;Oebobo;1\n5371011203880002;Naikoten I;1\n";

		for (String aksi : List.of("periksa", "ajukan")) {
			MvcResult r = mvc.perform(unggah(judul, csv, aksi).with(dlhk()).with(csrf())).andExpect(status().isBadRequest()).andReturn();
			Document d = Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(d.select("#alasan-gerbang li").eachText())
				.contains("Kolom \"NIK\" berisi NIK (nomor induk kependudukan): data pribadi tidak boleh diterbitkan sebagai data terbuka.");
			// the form keeps what was typed
			assertThat(d.select("#judul").val()).isEqualTo(judul);
			assertThat(d.select("#satuan").val()).isEqualTo("ton");
			assertThat(d.select("#contoh-unggahan thead th").size()).isEqualTo(3);
		}
		assertThat(hitung("satudata.unggahan")).isEqualTo(unggahan);
		assertThat(hitung("berkas.berkas")).isEqualTo(berkas);
	}

	@Test
	void nilaiBerbentukNikDiBawahNamaKolomBiasaDitolak() throws Exception {
		long unggahan = hitung("satudata.unggahan");
		String csv = "kode;kelurahan;jumlah\nA1;Oebobo;12\n5371054107950003;Naikoten I;9\n";
		MvcResult r = mvc.perform(unggah(judul("Kode aneh"), csv, "ajukan").with(dlhk()).with(csrf())).andExpect(status().isBadRequest())
			.andReturn();
		assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Kolom &quot;kode&quot; baris 3");
		assertThat(hitung("satudata.unggahan")).isEqualTo(unggahan);
	}

	@Test
	void periksaTanpaPenolakanMenampilkanKolomJenisDanBarisPertamaTanpaMenyimpan() throws Exception {
		long unggahan = hitung("satudata.unggahan");
		MvcResult r = mvc.perform(unggah(judul("Sampah periksa"), sampah(30), "periksa").with(dlhk()).with(csrf())).andExpect(status().isOk())
			.andReturn();
		Document d = Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select("#contoh-unggahan thead th").eachText()).containsExactly("bulan bulan", "kecamatan teks", "jumlah_ton bilangan bulat");
		assertThat(d.select("#contoh-unggahan tbody tr")).hasSize(10);
		assertThat(hitung("satudata.unggahan")).isEqualTo(unggahan);
	}

	/** Submits an upload; the dataset's name from the redirect to its staff page. */
	private String ajukan(String judul, String csv) throws Exception {
		String lokasi = mvc.perform(unggah(judul, csv, "ajukan").with(dlhk()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		return lokasi.substring(lokasi.lastIndexOf('/') + 1);
	}

	/** The state lives in the catalogue only. */
	private String keadaan(String kode) {
		return katalogData.cari(kode).orElseThrow().status().name();
	}

	/** The version the staff page carries. */
	private String versi(String kode) {
		return Long.toString(jdbc.sql("select (extract(epoch from diubah) * 1000000)::bigint from satudata.dataset where nama = ?").param(kode)
			.query(Long.class).single());
	}

	private void terbitkan(String kode) throws Exception {
		mvc.perform(post("/staf/data/{kode}/terbitkan", kode).param("versi", versi(kode)).with(kominfo()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void walidataMengembalikanDenganAlasanProdusenMemperbaikiLaluTerbit() throws Exception {
		String kode = ajukan(judul("Sampah kembali"), sampah(12));
		assertThat(keadaan(kode)).isEqualTo("MENUNGGU_WALIDATA");
		String dilihat = versi(kode);
		// the producer is no custodian
		mvc.perform(post("/staf/data/{kode}/terbitkan", kode).param("versi", dilihat).with(dlhk()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/staf/data/{kode}/kembalikan", kode).param("versi", dilihat).param("alasan", " ").with(kominfo()).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/staf/data/{kode}/kembalikan", kode).param("versi", dilihat).param("alasan", "Satuan harus ton per bulan")
			.with(kominfo()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(keadaan(kode)).isEqualTo("DIKEMBALIKAN");
		assertThat(katalogData.cari(kode).orElseThrow().catatanWalidata()).isEqualTo("Satuan harus ton per bulan");
		mvc.perform(get("/data/{kode}", kode)).andExpect(status().isNotFound());
		// the page seen before the return is stale
		mvc.perform(post("/staf/data/{kode}/terbitkan", kode).param("versi", dilihat).with(kominfo()).with(csrf())).andExpect(status().isConflict());

		// the producer corrects the same dataset: same name, new sheet, submitted again
		Document form = Jsoup.parse(mvc.perform(get("/staf/data/unggah").param("perbaikan", kode).with(dlhk())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("input[name=perbaikan]").val()).isEqualTo(kode);
		MockMultipartHttpServletRequestBuilder b = unggah(form.select("#judul").val(), sampah(24), "ajukan");
		b.param("perbaikan", kode);
		mvc.perform(b.with(dlhk()).with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staf/data/" + kode));
		assertThat(keadaan(kode)).isEqualTo("MENUNGGU_WALIDATA");
		assertThat(katalogData.cari(kode).orElseThrow().catatanWalidata()).isNull();
		assertThat(jdbc.sql("select jumlah_baris from satudata.unggahan u join satudata.dataset d on d.id = u.dataset_id where d.nama = ?")
			.param(kode).query(Integer.class).single()).isEqualTo(24);
		assertThat(katalogData.cari(kode).orElseThrow().sumberDaya()).hasSize(3);

		terbitkan(kode);
		assertThat(keadaan(kode)).isEqualTo("TERBIT");
		// a second click on the page seen before changes nothing; a correction of a published dataset is refused
		mvc.perform(post("/staf/data/{kode}/terbitkan", kode).param("versi", dilihat).with(kominfo()).with(csrf())).andExpect(status().isConflict());
		mvc.perform(get("/staf/data/unggah").param("perbaikan", kode).with(dlhk())).andExpect(status().isConflict());
		assertThat(jdbc.sql("select aksi from audit.catatan where jenis_objek = 'dataset' and id_objek = ? order by id").param(kode)
			.query(String.class).list()).containsExactly("satudata.unggahan-diajukan", "satudata.unggahan-dikembalikan",
					"satudata.unggahan-diajukan-ulang", "satudata.unggahan-diterbitkan");
		mvc.perform(get("/data/{kode}", kode)).andExpect(status().isOk());
	}

	@Test
	void halamanDatasetMenampilkan100BarisPertamaDanUnduhanTerhitung() throws Exception {
		String kode = ajukan(judul("Sampah per kecamatan"), sampah(150));
		terbitkan(kode);

		Document d = Jsoup.parse(mvc.perform(get("/data/{kode}", kode)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select("#pratinjau tbody tr")).hasSize(100);
		assertThat(d.select("#pratinjau tbody tr").first().select("td").eachText()).containsExactly("2015-01", "Alak", "300");
		assertThat(d.select("#jumlah-unduhan").text()).isEqualTo("Diunduh 0 kali");
		assertThat(d.select("#grafik-data").attr("data-nilai")).startsWith("[300,337,");

		byte[] csv = mvc.perform(get("/data/{kode}/unduh.csv", kode)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8).lines().count()).isGreaterThanOrEqualTo(151);
		String json = mvc.perform(get("/data/{kode}/unduh.json", kode)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"kecamatan\":\"Kota Lama\"").contains("\"jumlah_ton\":300");
		mvc.perform(get("/data/{kode}/unduh.xlsx", kode)).andExpect(status().isOk());
		Document lagi = Jsoup.parse(mvc.perform(get("/data/{kode}", kode)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(lagi.select("#jumlah-unduhan").text()).isEqualTo("Diunduh 3 kali");

		Document cari = Jsoup.parse(mvc.perform(get("/data").param("q", "sampah per kecamatan").param("tag", "sampah")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(cari.select("#daftar-data a").eachAttr("href")).contains("/data/" + kode);
		// the producer filter is the catalogue's organisation (as CKAN fq=organization:), the agency's name shown
		String organisasi = katalogData.cari(kode).orElseThrow().organisasi().nama();
		assertThat(cari.select("#opd option").eachAttr("value")).contains(organisasi);
		Document saring = Jsoup.parse(mvc.perform(get("/data").param("q", "sampah per kecamatan").param("opd", organisasi).param("format", "csv"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(saring.select("#daftar-data a").eachAttr("href")).contains("/data/" + kode);
		assertThat(saring.select("#daftar-data a").eachAttr("href")).allMatch(h -> katalogData.cari(h.substring("/data/".length())).orElseThrow()
			.organisasi().nama().equals(organisasi));
	}

	@Test
	void kolomHariDitulisDalamKataDiHalamanDanTetapIsoDiBerkas() throws Exception {
		String csv = "tanggal;stasiun;pm10\n2026-09-01;Oebobo;31\n2026-09-02;Oebobo;38\n2026-09-03;Alak;29\n";
		String kode = ajukan(judul("Kualitas udara harian"), csv);
		Document staf = Jsoup.parse(mvc.perform(get("/staf/data/{kode}", kode).with(kominfo())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(staf.select("thead th").first().text()).isEqualTo("tanggal tanggal");
		assertThat(staf.select("tbody tr").first().select("td").first().text()).isEqualTo("1 September 2026");
		terbitkan(kode);

		Document d = Jsoup.parse(mvc.perform(get("/data/{kode}", kode)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select("#pratinjau tbody tr").first().select("td").eachText()).containsExactly("1 September 2026", "Oebobo", "31");
		Document en = Jsoup.parse(mvc.perform(get("/data/{kode}", kode).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(en.select("#pratinjau tbody tr").first().select("td").first().text()).isEqualTo("1 Sep 2026");
		String json = mvc.perform(get("/data/{kode}/unduh.json", kode)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("{\"nama\":\"tanggal\",\"jenis\":\"date\"}").contains("{\"tanggal\":\"2026-09-01\",\"stasiun\":\"Oebobo\",\"pm10\":31}");
		String berkas = mvc.perform(get("/data/{kode}/unduh.csv", kode)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(berkas).contains("2026-09-01").doesNotContain("September");
	}

	@Test
	void hitunganOrangDitekanTermasukPasangannyaTerhadapBarisJumlah() throws Exception {
		String csv = "kecamatan;laki_laki;perempuan;jumlah\nAlak;12;2;14\nMaulafa;8;9;17\nOebobo;5;6;11\nJumlah;25;17;42\n";
		MockMultipartHttpServletRequestBuilder b = unggah(judul("Korban kekerasan ditangani"), csv, "ajukan");
		b.param("hitunganOrang", "true");
		String lokasi = mvc.perform(b.with(dlhk()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String kode = lokasi.substring(lokasi.lastIndexOf('/') + 1);
		terbitkan(kode);
		String json = mvc.perform(get("/data/{kode}/unduh.json", kode)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("{\"kecamatan\":\"Alak\",\"laki_laki\":null,\"perempuan\":null,\"jumlah\":14}")
			.contains("{\"kecamatan\":\"Maulafa\",\"laki_laki\":8,\"perempuan\":9,\"jumlah\":17}")
			.contains("{\"kecamatan\":\"Oebobo\",\"laki_laki\":null,\"perempuan\":null,\"jumlah\":11}")
			.contains("{\"kecamatan\":\"Jumlah\",\"laki_laki\":25,\"perempuan\":17,\"jumlah\":42}").contains("\"selDitekan\":4");
	}

	@Test
	void mintaDataSampaiKeKominfoDenganKontakYangHanyaDibacaKominfo() throws Exception {
		String nama = "Maria Bria " + URUT.incrementAndGet();
		MvcResult tolak = mvc.perform(post("/data/minta").param("nama", nama).param("dataDiminta", "Jumlah sekolah per kelurahan")
			.param("keperluan", "Skripsi").with(csrf())).andExpect(status().isBadRequest()).andReturn();
		Document t = Jsoup.parse(tolak.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(t.select("#nama").val()).isEqualTo(nama);
		assertThat(t.select("#dataDiminta").text()).isEqualTo("Jumlah sekolah per kelurahan");

		Document ok = Jsoup.parse(mvc.perform(post("/data/minta").param("nama", nama).param("email", "maria.bria@contoh.id")
			.param("dataDiminta", "Jumlah sekolah per kelurahan").param("keperluan", "Skripsi").with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		String kode = ok.select("#kode-lacak").text().replaceAll(".*: ", "");
		assertThat(kode).matches("MD-[A-Z2-9]{8}");
		long id = jdbc.sql("select id from satudata.permintaan_data where kode = ?").param(kode).query(Long.class).single();
		mvc.perform(get("/data/minta/{kode}", kode)).andExpect(status().isOk());

		String daftar = mvc.perform(get("/staf/data/permintaan").with(kominfo())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(daftar).contains(kode).doesNotContain("maria.bria@contoh.id").doesNotContain(nama);
		mvc.perform(get("/staf/data/permintaan/{id}", id).with(dlhk())).andExpect(status().isForbidden());
		String rinci = mvc.perform(get("/staf/data/permintaan/{id}", id).with(kominfo())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(rinci).contains("maria.bria@contoh.id");
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'satudata.permintaan-dilihat' and id_objek = ?")
			.param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}
}
