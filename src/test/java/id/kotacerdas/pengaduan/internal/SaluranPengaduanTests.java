package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.Peran;

/**
 * Reports from every channel in one worklist, each showing its channel in words, with a filter by
 * channel; and the per-channel figures on the statistics page and in its XLSX export.
 */
@IntegrationTest
class SaluranPengaduanTests {

	/** Naioni, with a Dikbud team of this test's own: its worklist holds only this test's reports. */
	private static final String NAIONI = "53.71.01.1011";

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	StatistikPengaduan statistik;

	@Autowired
	StafUji staf;

	private String ajukan(String saluran, String telepon) {
		return layanan.ajukan(new LaporanBaru("pendidikan", "Atap ruang kelas SD Inpres Naioni bocor saat hujan", null, null, NAIONI,
				"", null, telepon, null, false, false, Map.of(), List.of(), saluran)).nomor();
	}

	private Document halaman(String jalur, RequestPostProcessor siapa) throws Exception {
		return Jsoup.parse(mvc.perform(get(jalur).with(siapa)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static long jumlah(List<StatistikPengaduan.BarisSaluran> baris, String kodePesan) {
		return baris.stream().filter(b -> b.saluranPesan().equals(kodePesan)).findFirst().orElseThrow().diterima();
	}

	@Test
	void theWorklistShowsEachReportsChannelInWordsAndFiltersByIt() throws Exception {
		RequestPostProcessor petugas = user(staf.pengguna(Peran.PETUGAS_TRC, "Dikbud", staf.tim("Dikbud", Set.of(NAIONI)).id()))
			.roles("PETUGAS_TRC");
		String sms = ajukan("sms", "081338001122");
		String wa = ajukan("whatsapp", "6281338001133");
		String web = ajukan("web", null);
		String open311 = ajukan("open311", null);

		Document semua = halaman("/staf/pengaduan", petugas);
		assertThat(semua.select(".kartu[data-nomor=" + sms + "] .label.saluran").text()).isEqualTo("SMS");
		assertThat(semua.select(".kartu[data-nomor=" + wa + "] .label.saluran").text()).isEqualTo("WhatsApp");
		assertThat(semua.select(".kartu[data-nomor=" + web + "] .label.saluran").text()).isEqualTo("Web");
		assertThat(semua.select(".kartu[data-nomor=" + open311 + "] .label.saluran").text()).isEqualTo("Aplikasi (Open311)");
		assertThat(semua.select(".saringan-saluran a").eachText()).containsExactly("Semua saluran", "Web", "Aplikasi (API)",
				"Aplikasi (Open311)", "WhatsApp", "SMS");

		Document hanyaSms = halaman("/staf/pengaduan?saluran=sms", petugas);
		assertThat(hanyaSms.select(".daftar-kerja .kartu").eachAttr("data-nomor")).containsExactly(sms);
		assertThat(hanyaSms.select(".saringan-saluran a[aria-current=page]").text()).isEqualTo("SMS");
		// the reason filters keep the channel, and the channel filters keep the reason
		assertThat(hanyaSms.select(".saringan-kerja a[data-saring=baru]").attr("href")).contains("saring=baru", "saluran=sms");
		assertThat(halaman("/staf/pengaduan?saring=baru&saluran=whatsapp", petugas).select(".daftar-kerja .kartu").eachAttr("data-nomor"))
			.containsExactly(wa);
		assertThat(halaman("/staf/pengaduan?saring=baru", petugas).select(".saringan-saluran a[data-saluran=sms]").attr("href"))
			.contains("saring=baru", "saluran=sms");
		assertThat(halaman("/staf/pengaduan?saluran=sms", petugas).select(".saringan-kerja a[data-saring=baru] strong").text()).isEqualTo("1");

		mvc.perform(get("/staf/pengaduan?saluran=fax").with(petugas)).andExpect(status().isBadRequest());
		assertThat(halaman("/staf/pengaduan/" + sms, petugas).select("#saluran").text()).isEqualTo("Saluran: SMS");
		assertThat(halaman("/staf/pengaduan/" + wa + "?lang=en", petugas).select("#saluran").text()).isEqualTo("Channel: WhatsApp");
	}

	@Test
	void perChannelFiguresStandOnTheStatisticsPageAndInTheXlsx() throws Exception {
		List<StatistikPengaduan.BarisSaluran> sebelum = statistik.perSaluran(StatistikPengaduan.AWAL, StatistikPengaduan.AKHIR);
		ajukan("sms", "081338002211");
		ajukan("sms", "081338002222");
		ajukan("whatsapp", "6281338002233");
		List<StatistikPengaduan.BarisSaluran> sesudah = statistik.perSaluran(StatistikPengaduan.AWAL, StatistikPengaduan.AKHIR);
		assertThat(jumlah(sesudah, "saluran.sms") - jumlah(sebelum, "saluran.sms")).isEqualTo(2);
		assertThat(jumlah(sesudah, "saluran.whatsapp") - jumlah(sebelum, "saluran.whatsapp")).isEqualTo(1);
		long semua = sesudah.stream().mapToLong(StatistikPengaduan.BarisSaluran::diterima).sum();
		assertThat(sesudah).extracting(StatistikPengaduan.BarisSaluran::saluranPesan).startsWith("saluran.web", "saluran.aplikasi",
				"saluran.open311", "saluran.whatsapp", "saluran.sms");
		assertThat(sesudah.get(4).persen()).isEqualTo(Math.round(1000.0 * jumlah(sesudah, "saluran.sms") / semua) / 10.0);

		RequestPostProcessor kominfo = user(staf.pengguna(Peran.ADMIN_KOMINFO, null, null)).roles("ADMIN_KOMINFO");
		Document hal = halaman("/staf/pengaduan/statistik", kominfo);
		assertThat(hal.select("#tabel-saluran tbody th").eachText()).startsWith("Web", "Aplikasi (API)", "Aplikasi (Open311)", "WhatsApp", "SMS");
		assertThat(hal.select("#tabel-saluran tbody tr:has(th:containsOwn(SMS)) td.diterima").text())
			.isEqualTo(String.valueOf(jumlah(sesudah, "saluran.sms")));

		byte[] xlsx = mvc.perform(get("/staf/pengaduan/statistik.xlsx").with(kominfo)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet lembar = buku.getSheet("Per saluran");
			assertThat(lembar).as("a sheet per channel").isNotNull();
			DataFormatter f = new DataFormatter();
			List<String> sel = new ArrayList<>();
			for (Row r : lembar) {
				r.forEach(c -> sel.add(f.formatCellValue(c)));
			}
			assertThat(sel).contains("Saluran", "Diterima", "WhatsApp", "SMS", String.valueOf(jumlah(sesudah, "saluran.sms")));
		}
	}
}
