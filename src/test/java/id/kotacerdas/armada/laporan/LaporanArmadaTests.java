package id.kotacerdas.armada.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.armada.pelacakan.ServerOsmAnd;
import id.kotacerdas.platform.Peran;
import tools.jackson.databind.ObjectMapper;

/** The monthly report with concrete numbers: February 2026, one vehicle, two fills of 5 L, about 9.85 km driven. */
@IntegrationTest
class LaporanArmadaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	ObjectMapper json;

	@Autowired
	ServerOsmAnd server;

	private final HttpClient http = HttpClient.newHttpClient();

	private void posisi(String tracker, Instant t, double lon) throws Exception {
		assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?id=" + tracker + "&timestamp="
				+ t.getEpochSecond() + "&lat=-10.17&lon=" + lon)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(200);
	}

	private void beli(String petugas, long id, Instant t, String liter, double lon) throws Exception {
		mvc.perform(post("/api/armada/kendaraan/" + id + "/bbm").with(httpBasic(petugas, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"waktu":"%s","jenisBbm":"PERTALITE","liter":%s,"hargaPerLiter":10000,"spbuLat":-10.17,"spbuLon":%s}"""
				.formatted(t, liter, lon)))
			.andExpect(status().isCreated());
	}

	@Test
	void litresRupiahKmConsumptionQuotaExceptionsAndSavings() throws Exception {
		int n = (int) (System.nanoTime() % 9000 + 1000);
		String plat = "DH " + n + " LB";
		String tracker = "laporan-feb-" + n;
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), plat, tracker);
		String petugas = staf.petugasTrc("Dishub");
		Instant selasa = Instant.parse("2026-02-03T02:00:00Z"); // Tuesday 10.00 WITA
		posisi(tracker, selasa.minusSeconds(60), 123.6000);
		// the first fill, before any driving: the 5 L tolerance, flagged as without a baseline
		beli(petugas, id, selasa, "5", 123.6000);
		for (int i = 1; i <= 10; i++) {
			posisi(tracker, selasa.plusSeconds(60L * i), 123.6000 + 0.009 * i);
		}
		Instant kamis = Instant.parse("2026-02-05T02:00:00Z");
		posisi(tracker, kamis.minusSeconds(60), 123.6900);
		// 9.85 km on 5 L is 2 km/L against a norm of 10: flagged
		beli(petugas, id, kamis, "5", 123.6900);

		byte[] xlsx = mvc.perform(get("/staf/armada/laporan.xlsx").param("bulan", "2026-02")
			.with(user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row baris = null;
			for (Row r : wb.getSheetAt(0)) {
				if (plat.equals(r.getCell(0).getStringCellValue())) {
					baris = r;
				}
			}
			assertThat(baris).isNotNull();
			assertThat(baris.getCell(3).getNumericCellValue()).isEqualTo(2); // purchases
			assertThat(baris.getCell(4).getNumericCellValue()).isEqualTo(10); // litres
			assertThat(baris.getCell(5).getNumericCellValue()).isEqualTo(100_000); // rupiah
			assertThat(baris.getCell(6).getNumericCellValue()).isEqualTo(9.9); // km by GPS
			assertThat(baris.getCell(7).getNumericCellValue()).isEqualTo(0.99); // 9.9 km / 10 L
			assertThat(baris.getCell(8).getNumericCellValue()).isEqualTo(10); // norm
			// real percentages since the export writer: 5 % is 0.05, shown as 5,0%
			assertThat(baris.getCell(9).getNumericCellValue()).isEqualTo(0.05); // 10 of 200 L
			assertThat(baris.getCell(10).getNumericCellValue()).isEqualTo(0.05); // Rp 100,000 of 2,000,000
			assertThat(baris.getCell(11).getNumericCellValue()).isEqualTo(2); // both flagged: no baseline, then consumption
			assertThat(baris.getCell(12).getNumericCellValue()).isZero(); // no override
			assertThat(baris.getCell(13).getNumericCellValue()).isEqualTo(1_900_000); // savings against the budget
		}
	}
}
