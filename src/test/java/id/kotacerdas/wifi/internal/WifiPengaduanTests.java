package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PengaduanAset;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * "Wi-Fi mati": a complaint names the hotspot by its number, an unknown number is refused and nothing stored, the
 * hotspot is out of order while the accepted report is open and back in service only when it is resolved with
 * evidence, and its page lists the complaint.
 */
@IntegrationTest
class WifiPengaduanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	RegisterWifi register;

	@Autowired
	HotspotRepository repo;

	@Autowired
	StafUji staf;

	private StatusHotspot statusHotspot(long id) {
		return repo.cari(id).orElseThrow().status();
	}

	@Test
	void theHotspotIsOutOfOrderWhileTheAcceptedReportIsOpenAndBackOnlyWhenResolvedWithEvidence() throws Exception {
		long id = HotspotUji.tempat(register, "Wi-Fi Taman Nostalgia aduan", "TAMAN", "taman-nostalgia", HotspotUji.FATULULI, "-10.16270", "123.60830");
		String nomor = pengaduan.ajukan(new LaporanBaru("wifi-publik", "Wi-Fi taman tidak bisa tersambung sejak pagi", null, null, null, "",
				"Maria Fanggidae", null, "maria@contoh.id", false, false, Map.of(), List.of(), "web", " wifi-" + id + " ")).nomor();
		assertThat(pengaduan.pengaduanAset(AsetWifi.KODE, AsetWifi.idAset(id), 5)).extracting(PengaduanAset::nomor).containsExactly(nomor);
		assertThat(statusHotspot(id)).isEqualTo(StatusHotspot.AKTIF);

		RequestPostProcessor kominfo = user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name());
		tindak(nomor, "VERIFIKASI", "", kominfo);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusHotspot(id) == StatusHotspot.GANGGUAN);
		assertThat(repo.cari(id).orElseThrow().laporanGangguan()).isEqualTo(nomor);
		tindak(nomor, "PROSES", "Teknisi ISP dijadwalkan", kominfo);
		// resolving without an evidence photo is refused (pengaduan's rule): still out of order
		mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan").with(kominfo).with(csrf()).param("aksi", "SELESAI").param("teks", "Router diganti"))
			.andExpect(status().isBadRequest());
		assertThat(statusHotspot(id)).isEqualTo(StatusHotspot.GANGGUAN);
		mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan").file(new MockMultipartFile("foto", "bukti.png", "image/png", GambarUji.png(64, 48)))
			.with(kominfo).with(csrf()).param("aksi", "SELESAI").param("teks", "Router diganti, sinyal kembali"))
			.andExpect(status().is3xxRedirection());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusHotspot(id) == StatusHotspot.AKTIF);
		assertThat(repo.cari(id).orElseThrow().laporanGangguan()).isNull();

		// the hotspot's page lists the complaint with its status
		String halaman = mvc.perform(get("/staf/wifi/" + id).with(kominfo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains(nomor, "WIFI-" + id);
	}

	@Test
	void anUnknownHotspotNumberIsRefusedAndNothingIsStored() {
		assertThatThrownBy(() -> pengaduan.ajukan(new LaporanBaru("wifi-publik", "Wi-Fi mati", -10.1627, 123.6083, null, "", null, null, null, true, false,
				Map.of(), List.of(), "web", "WIFI-999999999")))
			.isInstanceOf(PermintaanDitolakException.class).extracting(e -> ((PermintaanDitolakException) e).status().value()).isEqualTo(400);
		assertThat(pengaduan.pengaduanAset(AsetWifi.KODE, "WIFI-999999999", 5)).isEmpty();
	}

	private void tindak(String nomor, String aksi, String teks, RequestPostProcessor siapa) throws Exception {
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(siapa).with(csrf()).param("aksi", aksi).param("teks", teks))
			.andExpect(status().is3xxRedirection());
	}
}
