package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * A public report merged into a confidential one: the confidential report's number must not appear
 * on any public surface of the public one, while a merge into a public report still points to it.
 */
@IntegrationTest
class GabungRahasiaTests {

	@Autowired
	PengaduanService layanan;

	@Autowired
	Wilayah wilayah;

	@Autowired
	MockMvc mvc;

	private final Staf kominfo = new Staf(9102, "kominfo.gabung", "Dispatcher", "kominfo@contoh.id", Peran.ADMIN_KOMINFO, null, null, null, true);

	private String ajukan(Kelurahan kel, boolean rahasia) {
		return layanan.ajukan(new LaporanBaru("sampah", "Sampah menumpuk di selokan", kel.lat(), kel.lon(), null, "", "Ani", null,
				"ani@contoh.id", false, rahasia, Map.of(), List.of(), "web")).nomor();
	}

	/** What the public can read about a report: its page, its JSON, its Open311 record, and the update feeds. */
	private String permukaanPublik(String nomor, Kelurahan kel, Instant sejak) throws Exception {
		String dari = DateTimeFormatter.ISO_INSTANT.format(sejak);
		return String.join("\n",
				isi("/pengaduan/" + nomor),
				isi("/api/pengaduan/" + nomor),
				isi("/open311/v2/requests/" + nomor + ".json"),
				isi("/open311/v2/requests/" + nomor + ".xml"),
				isi("/open311/v2/servicerequestupdates.json?start_date=" + dari),
				isi("/open311/v2/servicerequestupdates.xml?start_date=" + dari),
				isi("/pengaduan/kelurahan/" + kel.kode() + "/feed.atom"));
	}

	private String isi(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theConfidentialNumberAppearsOnNoPublicSurface() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 7);
		Instant sejak = Instant.now().minusSeconds(1);
		String rahasia = ajukan(kel, true);
		String publik = ajukan(kel, false);
		layanan.gabung(kominfo, publik, rahasia);

		String dilihat = permukaanPublik(publik, kel, sejak);
		// the merged report is there, closed as a duplicate, and says nothing of which report it went into
		assertThat(dilihat).contains(publik, Pengaduan.CATATAN_DUPLIKAT_RAHASIA).doesNotContain(rahasia);
	}

	@Test
	void aMergeIntoAPublicReportStillPointsToIt() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 8);
		Instant sejak = Instant.now().minusSeconds(1);
		String induk = ajukan(kel, false);
		String duplikat = ajukan(kel, false);
		layanan.gabung(kominfo, duplikat, induk);
		assertThat(isi("/pengaduan/" + duplikat)).contains(induk);
		assertThat(isi("/open311/v2/requests/" + duplikat + ".json")).contains("duplikat " + induk);
		assertThat(permukaanPublik(duplikat, kel, sejak)).contains(induk);
	}
}
