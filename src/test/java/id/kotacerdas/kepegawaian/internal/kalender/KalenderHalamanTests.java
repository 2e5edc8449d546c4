package id.kotacerdas.kepegawaian.internal.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/** Who reaches the calendars, the DUK and the statistics, and what their pages and downloads hold. */
@IntegrationTest
class KalenderHalamanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private static RequestPostProcessor sebagai(String username, Peran peran) {
		return user(username).roles(peran.name());
	}

	private String html(MockHttpServletRequestBuilder permintaan) throws Exception {
		return mvc.perform(permintaan).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private LocalDate hari() {
		return LocalDate.now(clock.withZone(Waktu.WITA));
	}

	/** An executor (BUP 58) whose retirement TMT is the first of the month after next. */
	private long pensiunSegera(String opd, String nama) {
		LocalDate lahir = hari().withDayOfMonth(1).plusMonths(1).minusYears(58).withDayOfMonth(20);
		return PegawaiUji.tambah(jdbc, staf.opdId(opd), nama, lahir, "24", LocalDate.of(2020, 4, 1), LocalDate.of(1995, 3, 1));
	}

	@Test
	void leadershipSeesTheStatisticsButNoRegisterRecordCalendarOrDuk() throws Exception {
		String nama = PegawaiUji.nama("Lodowik Pimpinan");
		long id = pensiunSegera("Dinsos", nama);
		var pimpinan = sebagai(staf.pengguna(Peran.PIMPINAN, null, null), Peran.PIMPINAN);
		mvc.perform(get("/staf/kepegawaian").with(pimpinan)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/kepegawaian/" + id).with(pimpinan)).andExpect(status().isNotFound());
		mvc.perform(get("/staf/kepegawaian/kalender/pensiun").with(pimpinan)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/kepegawaian/kalender/pensiun.xlsx").with(pimpinan)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/kepegawaian/duk").with(pimpinan)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/kepegawaian/duk.pdf").with(pimpinan)).andExpect(status().isForbidden());
		String statistik = html(get("/staf/kepegawaian/statistik").with(pimpinan));
		assertThat(statistik).contains("Statistik pegawai", "Kelompok usia", "Jenis kelamin").doesNotContain(nama);
		mvc.perform(get("/staf/kepegawaian/statistik.xlsx").with(pimpinan)).andExpect(status().isOk());
		// an officer sees neither
		var trc = sebagai(staf.petugasTrc("DLHK"), Peran.PETUGAS_TRC);
		mvc.perform(get("/staf/kepegawaian/statistik").with(trc)).andExpect(status().isForbidden());
		mvc.perform(get("/staf/kepegawaian/kalender/pensiun").with(trc)).andExpect(status().isForbidden());
	}

	@Test
	void anAgencyAdminSeesTheirAgencyBkppdTheCity() throws Exception {
		String dinsos = PegawaiUji.nama("Yohana Dinsos");
		String pupr = PegawaiUji.nama("Marthen Pupr");
		pensiunSegera("Dinsos", dinsos);
		pensiunSegera("PUPR", pupr);
		var adminDinsos = sebagai(staf.adminOpd("Dinsos"), Peran.ADMIN_OPD);
		assertThat(html(get("/staf/kepegawaian/kalender/pensiun").with(adminDinsos))).contains(dinsos).doesNotContain(pupr);
		// asking for another agency changes nothing
		assertThat(html(get("/staf/kepegawaian/kalender/pensiun").param("opd", String.valueOf(staf.opdId("PUPR"))).with(adminDinsos)))
			.contains(dinsos).doesNotContain(pupr);
		assertThat(html(get("/staf/kepegawaian/duk").with(adminDinsos))).contains(dinsos).doesNotContain(pupr);

		var bkppd = sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD);
		assertThat(html(get("/staf/kepegawaian/kalender/pensiun").with(bkppd))).contains(dinsos, pupr);
		assertThat(html(get("/staf/kepegawaian/kalender/pensiun").param("opd", String.valueOf(staf.opdId("PUPR"))).with(bkppd)))
			.contains(pupr).doesNotContain(dinsos);
		var kominfo = sebagai(staf.adminKominfo(), Peran.ADMIN_KOMINFO);
		assertThat(html(get("/staf/kepegawaian/kalender/pensiun").with(kominfo))).contains(dinsos, pupr);
	}

	@Test
	void theDownloadsHoldTheCalendarAndTheDukInOrder() throws Exception {
		var bkppd = sebagai(staf.adminOpd("BKPPD"), Peran.ADMIN_OPD);
		String nama = PegawaiUji.nama("Salmon Pensiun");
		pensiunSegera("Satpol PP", nama);
		long satpol = staf.opdId("Satpol PP");
		byte[] xlsx = mvc.perform(get("/staf/kepegawaian/kalender/pensiun.xlsx").param("opd", String.valueOf(satpol)).with(bkppd))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(sel(xlsx, 0)).anySatisfy(baris -> assertThat(baris).contains(nama, "58"));

		// two more of Satpol PP: a III/a is senior to every II/d; of two II/d the earlier rank date first
		String senior = PegawaiUji.nama("Agustina Senior");
		String junior = PegawaiUji.nama("Benyamin Junior");
		PegawaiUji.tambah(jdbc, satpol, junior, LocalDate.of(1980, 1, 5), "24", LocalDate.of(2023, 4, 1), LocalDate.of(2005, 3, 1));
		PegawaiUji.tambah(jdbc, satpol, senior, LocalDate.of(1990, 1, 5), "31", LocalDate.of(2024, 10, 1), LocalDate.of(2012, 3, 1));
		List<String> duk = sel(mvc.perform(get("/staf/kepegawaian/duk.xlsx").param("opd", String.valueOf(satpol)).with(bkppd))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), 0);
		List<String> urutan = duk.stream().filter(b -> b.contains(senior) || b.contains(junior) || b.contains(nama)).toList();
		// nama is II/d since 2020: before the junior II/d since 2023
		assertThat(urutan).hasSize(3);
		assertThat(urutan.get(0)).contains(senior);
		assertThat(urutan.get(1)).contains(nama);
		assertThat(urutan.get(2)).contains(junior);

		byte[] pdf = mvc.perform(get("/staf/kepegawaian/duk.pdf").param("opd", String.valueOf(satpol)).with(bkppd))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		mvc.perform(get("/staf/kepegawaian/duk.doc").with(bkppd)).andExpect(status().isBadRequest());

		// the statistics: one sheet per dimension
		byte[] statistik = mvc.perform(get("/staf/kepegawaian/statistik.xlsx").with(bkppd)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(statistik))) {
			assertThat(buku.getNumberOfSheets()).isEqualTo(6);
		}
	}

	/** Each row of a sheet as its cells' text joined by " | ". */
	private static List<String> sel(byte[] xlsx, int lembar) throws Exception {
		List<String> hasil = new ArrayList<>();
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet s = buku.getSheetAt(lembar);
			org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
			for (Row r : s) {
				List<String> sel = new ArrayList<>();
				r.forEach(c -> sel.add(format.formatCellValue(c)));
				hasil.add(String.join(" | ", sel));
			}
		}
		return hasil;
	}
}
