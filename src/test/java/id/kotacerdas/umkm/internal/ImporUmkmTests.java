package id.kotacerdas.umkm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/**
 * Import of the city's UMKM spreadsheet and of a PL-KUMKM export: the dry run lists every row as new, duplicate or
 * refused with all its reasons; applying refuses the whole file while a row is refused, then stores only the new
 * rows, active, once.
 */
@IntegrationTest
class ImporUmkmTests {

	/** NIK serials (the last four digits) unique to this run, so the sample files never meet another test's rows. */
	private static final AtomicInteger SERI = new AtomicInteger(2000 + (int) (System.nanoTime() % 7000));

	private static final Pattern NIK = Pattern.compile("(5371\\d{8})\\d{4}");

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	RegisterUmkm register;

	@Autowired
	UsahaRepository repo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImporUmkm impor;

	private RequestPostProcessor koperasi() {
		return user(staf.adminOpd("Dinas Koperasi dan UKM")).roles(Peran.ADMIN_OPD.name());
	}

	/** The sample file with each NIK's serial replaced, the same NIK by the same serial. */
	private static String contoh(String nama) throws IOException {
		String isi = new ClassPathResource("umkm/" + nama).getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> baru = new HashMap<>();
		Matcher m = NIK.matcher(isi);
		StringBuilder hasil = new StringBuilder();
		while (m.find()) {
			String nik = baru.computeIfAbsent(m.group(), n -> m.group(1) + String.format("%04d", SERI.incrementAndGet() % 10_000));
			m.appendReplacement(hasil, nik);
		}
		m.appendTail(hasil);
		return hasil.toString();
	}

	private String unggah(String nama, byte[] isi) throws Exception {
		return mvc.perform(multipart("/staf/umkm/impor").file(new MockMultipartFile("berkas", nama, "application/octet-stream", isi))
				.with(koperasi()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	private Document hasil(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(koperasi())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> baris(Document d, String bagian) {
		return d.select("#impor-" + bagian + " > li").eachAttr("data-baris");
	}

	private static String alasan(Document d, int baris) {
		Element e = d.selectFirst("#impor-ditolak li[data-baris=" + baris + "] .galat");
		return e == null ? "" : e.text();
	}

	private long jumlahUsaha() {
		return jdbc.sql("select count(*) from umkm.usaha").query(Long.class).single();
	}

	@Test
	void theDryRunNamesEveryRowAndNothingIsStoredWhileARowIsRefusedThenTheNewRowsAreStoredOnce() throws Exception {
		String csv = contoh("daftar-umkm-dinkop.csv");
		String hasil = unggah("daftar-umkm-dinkop.csv", csv.getBytes(StandardCharsets.UTF_8));
		Document d = hasil(hasil);
		assertThat(d.getElementById("impor-ringkas").text()).isEqualTo("9 baris: 5 baru, 1 sudah terdaftar, 3 ditolak.");
		// the sheet numbers the header 1: data row "No 1" is sheet row 2
		assertThat(baris(d, "baru")).containsExactly("2", "3", "4", "5", "7");
		assertThat(baris(d, "duplikat")).containsExactly("6");
		assertThat(d.select("#impor-duplikat li").text()).contains("Sama dengan baris 4 di berkas ini.");
		assertThat(baris(d, "ditolak")).containsExactly("8", "9", "10");
		assertThat(alasan(d, 8)).contains("nik: NIK harus 16 angka");
		assertThat(alasan(d, 9)).contains("telepon: Isi nomor ponsel atau e-mail.", "kelurahan: Kelurahan \"Oebufu Baru\" tidak ada di Kota Kupang.",
				"bentuk usaha: Bentuk usaha \"Yayasan\" tidak dikenal", "nib: NIB terdiri dari 13 angka.", "karyawan: Tulis jumlah karyawan dengan angka.");
		assertThat(alasan(d, 10)).isEqualTo("kbli: Pilih bidang usaha dari daftar.");
		assertThat(d.select("form[action$=/terapkan]")).isEmpty();

		long sebelum = jumlahUsaha();
		mvc.perform(post(hasil + "/terapkan").with(koperasi()).with(csrf())).andExpect(status().isConflict());
		assertThat(jumlahUsaha()).isEqualTo(sebelum);

		// the corrected file: refused rows taken out; meanwhile the weaver registered herself
		String[] baris = csv.split("\n");
		String benar = String.join("\n", List.of(baris).subList(0, 7)) + "\n";
		String[] penenun = baris[2].split(";");
		FormulirUsaha f = PendaftaranUmkmTests.formulir(penenun[1], penenun[4]);
		f.setLat(null);
		f.setLon(null);
		f.setKelurahan("53.71.04.1009");
		long sendiri = register.daftar(f, List.of(), null, null).id();

		String lagi = unggah("daftar-umkm-dinkop-perbaikan.csv", benar.getBytes(StandardCharsets.UTF_8));
		d = hasil(lagi);
		assertThat(d.getElementById("impor-ringkas").text()).isEqualTo("6 baris: 4 baru, 2 sudah terdaftar, 0 ditolak.");
		assertThat(d.select("#impor-duplikat li[data-baris=3]").text()).contains("usaha nomor " + sendiri);
		mvc.perform(post(lagi + "/terapkan").with(koperasi()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jumlahUsaha()).isEqualTo(sebelum + 1 + 4);
		long imporId = Long.parseLong(lagi.substring(lagi.lastIndexOf('/') + 1));
		List<Usaha> masuk = jdbc.sql("select id from umkm.usaha where impor_id = ? order by id").param(imporId).query(Long.class).list()
			.stream().map(id -> repo.cari(id).orElseThrow()).toList();
		assertThat(masuk).extracting(Usaha::nama).containsExactly("Se'i Babi Bu Yohana", "Jagung Bose Om Domi", "Kue Rambut Kolo Oesapa",
				"Laundry Kiloan Kayu Putih");
		assertThat(masuk).allSatisfy(u -> {
			assertThat(u.status()).isEqualTo(StatusUsaha.AKTIF);
			assertThat(u.diaktifkan()).isNotNull();
			assertThat(u.permohonanKode()).isNull();
		});
		Usaha seiBabi = masuk.get(0);
		assertThat(seiBabi.kelurahanKode()).isEqualTo("53.71.04.1001");
		assertThat(seiBabi.nib()).isEqualTo("9120001234567");
		assertThat(seiBabi.punyaNpwp()).isTrue();
		assertThat(seiBabi.penjualanTahunan()).isEqualTo(240_000_000L);
		assertThat(seiBabi.tampilPublik()).isTrue();
		assertThat(seiBabi.kanal()).extracting(KanalBayar::nmid).contains("ID1023456789012");
		assertThat(masuk.get(2).tampilPublik()).as("only when the sheet says the owner agreed").isFalse();
		assertThat(masuk.get(3).bentukHukum()).isEqualTo(BentukHukum.CV);
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'umkm.diimpor' and id_objek = ?").param(Long.toString(imporId))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select sesudah::text from audit.catatan where aksi = 'umkm.diimpor' and id_objek = ?").param(Long.toString(imporId))
			.query(String.class).single()).doesNotContain(seiBabi.nik());

		// applied twice, or the same file again: nothing stored twice
		mvc.perform(post(lagi + "/terapkan").with(koperasi()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jumlahUsaha()).isEqualTo(sebelum + 5);
		assertThat(hasil(unggah("lagi.csv", benar.getBytes(StandardCharsets.UTF_8))).getElementById("impor-ringkas").text())
			.isEqualTo("6 baris: 0 baru, 6 sudah terdaftar, 0 ditolak.");
	}

	@Test
	void aPlKumkmExportAsXlsxWithATitleAboveTheHeaderAndNumbersAsNumbersIsRead() throws Exception {
		String csv = contoh("pl-kumkm-kota-kupang.csv");
		byte[] xlsx;
		try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			XSSFSheet lembar = buku.createSheet("PL-KUMKM");
			String[] baris = csv.split("\n");
			for (int i = 0; i < baris.length; i++) {
				XSSFRow r = lembar.createRow(i);
				String[] sel = baris[i].split(",", -1);
				for (int j = 0; j < sel.length; j++) {
					// the census portal writes NIK, phone, turnover and headcount as numbers
					if (i > 2 && sel[j].matches("\\d+")) {
						r.createCell(j).setCellValue(Double.parseDouble(sel[j]));
					}
					else if (!sel[j].isEmpty()) {
						r.createCell(j).setCellValue(sel[j]);
					}
				}
			}
			buku.write(keluar);
			xlsx = keluar.toByteArray();
		}
		Document d = hasil(unggah("pl-kumkm-kota-kupang.xlsx", xlsx));
		assertThat(d.getElementById("impor-ringkas").text()).isEqualTo("3 baris: 3 baru, 0 sudah terdaftar, 0 ditolak.");
		assertThat(d.select("#impor-baru li").text()).contains("Bengkel Tenun Bere", "Oesapa Barat", "Keripik Pisang Adoe", "Naikoten Dua",
				"Warung Ikan Bakar Sinlae", "Nunbaun Sabu");

		// the rows as they would be stored: the lost leading 0 of the phone restored, a person's own business, not public
		var p = impor.periksa(xlsx);
		Usaha bere = p.baris().get(0).usaha();
		assertThat(bere.telepon()).isEqualTo("081237110011");
		assertThat(bere.bentukHukum()).isEqualTo(BentukHukum.PERORANGAN);
		assertThat(bere.penjualanTahunan()).isEqualTo(72_000_000L);
		assertThat(bere.tampilPublik()).isFalse();
		assertThat(bere.menerimaQris()).isFalse();
	}

	@Test
	void onlyTheCooperativesAgencyImportsAndAFileWithoutTheColumnsIsRefused() throws Exception {
		mvc.perform(get("/staf/umkm/impor").with(user(staf.petugasTrc("DLHK")).roles(Peran.PETUGAS_TRC.name()))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/umkm/impor").with(koperasi())).andExpect(status().isOk());
		String galat = mvc.perform(multipart("/staf/umkm/impor")
			.file(new MockMultipartFile("berkas", "x.csv", "text/csv", "NIK;Nama Usaha;Alamat\n5371041203880001;Toko;Jl. A\n".getBytes()))
			.with(koperasi()).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(galat).text()).contains("Kolom \"nama pemilik\" tidak ada.");
		mvc.perform(multipart("/staf/umkm/impor").file(new MockMultipartFile("berkas", "foto.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }))
			.with(koperasi()).with(csrf())).andExpect(status().isBadRequest());
	}
}
