package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/**
 * The import of the city's old price sheets: a sheet with faulty rows is checked, every faulty
 * row is named with its reason, and nothing is stored; the corrected sheet (XLSX with real date
 * cells) is stored whole, audited, and importing it again stores nothing twice.
 */
@IntegrationTest
class ImporHargaTests {

	/** An Indonesian Excel export: semicolons, thousands with dots, names typed as people type them. */
	private static final String CSV_SALAH = """
			Tanggal;Pasar;Komoditas;Harga (Rp);Asal
			03/03/2025;Pasar Oeba;Cabai rawit merah;Rp 62.000;Sabu
			03/03/2025;PASAR  OEBA;Bawang merah;42.000;Bima
			03/03/2025;Pasar Kasih Naikoten (Inpres Naikoten);Telur ayam ras per rak;58000;Surabaya
			31/02/2025;Pasar Oeba;Tomat;15000;
			04/03/2025;Pasar Inpres Bakunase;Tomat;15000;
			04/03/2025;Pasar Oeba;Sawi putih;8000;
			04/03/2025;Pasar Oeba;Kangkung;-5000;
			04/03/2025;oebobo;Bayam;lima ribu;
			03/03/2025;oeba;cabai  rawit MERAH;62000;Sabu
			04/03/2025;Pasar Oebobo;Kangkung;0;
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor admin() {
		return user(staf.adminOpd("Perindag")).roles(Peran.ADMIN_OPD.name());
	}

	private long impor(LocalDate dari, LocalDate sampai) {
		return jdbc.sql("SELECT count(*) FROM pasar.harga WHERE petugas = 'impor' AND tanggal BETWEEN ? AND ?").params(dari, sampai)
			.query(Long.class).single();
	}

	private String unggah(String nama, byte[] isi, RequestPostProcessor siapa) throws Exception {
		return mvc.perform(multipart("/staf/pasar/impor").file(new MockMultipartFile("berkas", nama, "application/octet-stream", isi))
				.with(siapa).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void aSheetWithFaultyRowsNamesEveryOneAndStoresNothing() throws Exception {
		String hasil = unggah("harga-maret-2025.csv", CSV_SALAH.getBytes(StandardCharsets.UTF_8), admin());
		Document d = Jsoup.parse(mvc.perform(get(hasil).with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select("#impor-ringkas").text()).isEqualTo("10 baris: 3 akan disimpan, 0 sudah tersimpan, 7 ditolak.");
		// the spreadsheet's own row numbers (the header is row 1)
		assertThat(d.select("#impor-ditolak tbody tr").eachAttr("data-baris")).containsExactly("5", "6", "7", "8", "9", "10", "11");
		assertThat(alasan(d, 5)).isEqualTo("Tanggal \"31/02/2025\" tidak terbaca.");
		assertThat(alasan(d, 6)).isEqualTo("Pasar \"Pasar Inpres Bakunase\" tidak dikenal.");
		assertThat(alasan(d, 7)).isEqualTo("Komoditas \"Sawi putih\" tidak dikenal.");
		assertThat(alasan(d, 8)).isEqualTo("Harga -5000 harus lebih dari nol.");
		assertThat(alasan(d, 9)).isEqualTo("Harga \"lima ribu\" bukan rupiah utuh.");
		assertThat(alasan(d, 10)).isEqualTo("Sama dengan baris 2 (pasar, komoditas dan tanggal).");
		assertThat(alasan(d, 11)).isEqualTo("Harga 0 harus lebih dari nol.");
		assertThat(d.select("form[action$=/terapkan]")).isEmpty();

		// applying anyway (a second tab, a crafted request) is refused and stores nothing
		long id = Long.parseLong(hasil.substring(hasil.lastIndexOf('/') + 1));
		mvc.perform(post("/staf/pasar/impor/{id}/terapkan", id).with(admin()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Tidak ada yang disimpan: 7 baris ditolak.")));
		assertThat(impor(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))).isZero();
	}

	private static String alasan(Document d, int baris) {
		return d.select("#impor-ditolak tr[data-baris=" + baris + "] td").last().text();
	}

	@Test
	void theCorrectedSheetIsStoredWholeAuditedAndOnlyOnce() throws Exception {
		byte[] xlsx = xlsx();
		String hasil = unggah("harga-april-2025.xlsx", xlsx, admin());
		long id = Long.parseLong(hasil.substring(hasil.lastIndexOf('/') + 1));
		mvc.perform(get(hasil).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("60 baris: 60 akan disimpan, 0 sudah tersimpan, 0 ditolak.")))
			.andExpect(content().string(containsString("Simpan 60 harga")))
			.andExpect(content().string(containsString("1 April 2025")));
		LocalDate awal = LocalDate.of(2025, 4, 1);
		LocalDate akhir = LocalDate.of(2025, 4, 30);
		assertThat(impor(awal, akhir)).isZero();

		mvc.perform(post("/staf/pasar/impor/{id}/terapkan", id).with(admin()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(impor(awal, akhir)).isEqualTo(60);
		// 40 000 + 100 for the second market + 100 per day
		assertThat(jdbc.sql("SELECT harga || ' ' || asal FROM pasar.harga h JOIN pasar.komoditas k ON k.id = h.komoditas_id "
				+ "JOIN pasar.pasar p ON p.id = h.pasar_id WHERE petugas = 'impor' AND k.kode = 'ikan-tongkol' AND p.kode = 'oebobo' AND tanggal = ?")
			.param(LocalDate.of(2025, 4, 10)).query(String.class).single()).isEqualTo("41100 Rote");
		assertThat(jdbc.sql("SELECT sesudah->>'disimpan' FROM audit.catatan WHERE aksi = 'pasar.harga.diimpor' AND id_objek = ?")
			.param(Long.toString(id)).query(String.class).single()).isEqualTo("60");

		// a second click on the same check, and the same file uploaded again: nothing stored twice
		mvc.perform(post("/staf/pasar/impor/{id}/terapkan", id).with(admin()).with(csrf())).andExpect(status().is3xxRedirection());
		String lagi = unggah("harga-april-2025 (1).xlsx", xlsx, admin());
		mvc.perform(get(lagi).with(admin()))
			.andExpect(content().string(containsString("60 baris: 0 akan disimpan, 60 sudah tersimpan, 0 ditolak.")))
			.andExpect(content().string(not(containsString("/terapkan"))));
		long idLagi = Long.parseLong(lagi.substring(lagi.lastIndexOf('/') + 1));
		mvc.perform(post("/staf/pasar/impor/{id}/terapkan", idLagi).with(admin()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(impor(awal, akhir)).isEqualTo(60);
	}

	@Test
	void onlyTheMarketAgencysAdministratorsImportAndABadFileIsRefused() throws Exception {
		mvc.perform(get("/staf/pasar/impor").with(user(staf.petugasTrc("Perindag")).roles(Peran.PETUGAS_TRC.name())))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/staf/pasar/impor").file(new MockMultipartFile("berkas", "x.csv", "text/csv", "a;b\n1;2\n".getBytes()))
				.with(user(staf.adminOpd("DLHK")).roles(Peran.ADMIN_OPD.name())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/staf/pasar/impor").file(new MockMultipartFile("berkas", "x.csv", "text/csv", "Tanggal;Pasar;Harga\n".getBytes()))
				.with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kolom komoditas tidak ditemukan di baris pertama.")));
		mvc.perform(get("/staf/pasar/impor").with(user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name()))).andExpect(status().isOk());
	}

	/** April 2025: 3 markets × 2 commodities × 10 days, dates as Excel date cells, prices as numbers. */
	private static byte[] xlsx() throws Exception {
		try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			Sheet s = buku.createSheet("Harga");
			CellStyle gayaTanggal = buku.createCellStyle();
			gayaTanggal.setDataFormat(buku.createDataFormat().getFormat("dd/mm/yyyy"));
			Row kepala = s.createRow(0);
			String[] judul = { "No", "Tanggal", "Pasar", "Komoditas", "Harga", "Asal barang" };
			for (int i = 0; i < judul.length; i++) {
				kepala.createCell(i).setCellValue(judul[i]);
			}
			// not Oeba's tuna: HargaPasarTests reads that pair over all days
			String[] pasar = { "Naikoten", "Pasar Oebobo", "Pasar Kuanino" };
			String[][] komoditas = { { "Ikan tongkol", "40000", "Rote" }, { "Beras kualitas medium I", "12800", "" } };
			int r = 1;
			for (int hari = 1; hari <= 10; hari++) {
				for (int p = 0; p < pasar.length; p++) {
					for (String[] k : komoditas) {
						Row row = s.createRow(r);
						row.createCell(0).setCellValue(r++);
						var c = row.createCell(1);
						c.setCellValue(LocalDate.of(2025, 4, hari));
						c.setCellStyle(gayaTanggal);
						row.createCell(2).setCellValue(pasar[p]);
						row.createCell(3).setCellValue(k[0]);
						row.createCell(4).setCellValue(Long.parseLong(k[1]) + 100L * p + 100L * hari);
						if (!k[2].isEmpty()) {
							row.createCell(5).setCellValue(k[2]);
						}
					}
				}
			}
			buku.write(keluar);
			return keluar.toByteArray();
		}
	}
}
