package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/** The registry's form for Kominfo: every refusal at once with what was typed kept, audited changes, who may change; the usage import. */
@IntegrationTest
class RegisterWifiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterWifi register;

	@Autowired
	HotspotRepository repo;

	private long jumlah() {
		return jdbc.sql("SELECT count(*) FROM wifi.hotspot").query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder formulir(String url, String nama, String lat, String biaya, String... hari) {
		MockHttpServletRequestBuilder r = post(url).with(csrf()).param("nama", nama).param("jenisTempat", "TAMAN").param("kelurahan", HotspotUji.FATULULI)
			.param("lat", lat).param("lon", "123.60830").param("isp", "Telkom Indonesia").param("ssid", "KupangKotaKasih-TamanNostalgia")
			.param("bandwidth", "50").param("biaya", biaya).param("sepanjangHari", "true").param("status", "AKTIF")
			.param("tempatLayanan", "taman-nostalgia");
		for (String h : hari) {
			r.param("hari", h);
		}
		return r;
	}

	@Test
	void aRefusedFormNamesEveryProblemKeepsWhatWasTypedAndStoresNothing() throws Exception {
		String kominfo = staf.adminKominfo();
		long sebelum = jumlah();
		// a point in the sea off Kupang, a cost with cents, no opening day
		String halaman = mvc.perform(formulir("/staf/wifi/baru", "Wi-Fi Taman Nostalgia Baru", "-10.05", "450.000,50")
			.with(user(kominfo).roles(Peran.ADMIN_KOMINFO.name())))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(halaman).contains("Titik ini di luar wilayah kota.", "Isi bilangan bulat dari 0 sampai", "Pilih paling sedikit satu hari buka.")
			.contains("value=\"Wi-Fi Taman Nostalgia Baru\"", "value=\"KupangKotaKasih-TamanNostalgia\"");
		assertThat(jumlah()).isEqualTo(sebelum);
	}

	@Test
	void kominfoRegistersAHotspotAuditedAndLeadershipOnlyReads() throws Exception {
		String kominfo = staf.adminKominfo();
		String nama = "Wi-Fi Taman Nostalgia " + System.nanoTime();
		mvc.perform(formulir("/staf/wifi/baru", nama, "-10.16270", "Rp450.000", "1", "2", "3", "4", "5", "6", "7")
			.with(user(kominfo).roles(Peran.ADMIN_KOMINFO.name())))
			.andExpect(status().is3xxRedirection());
		Hotspot h = repo.semua().stream().filter(x -> x.nama().equals(nama)).findFirst().orElseThrow();
		assertThat(h.biayaBulanan()).isEqualTo(450_000);
		assertThat(h.jam().sepanjangHari()).isTrue();
		assertThat(h.jam().hari()).hasSize(7);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = 'wifi.hotspot.dibuat' AND id_objek = ?").param(Long.toString(h.id()))
			.query(Long.class).single()).isEqualTo(1);

		String pimpinan = staf.pengguna(Peran.PIMPINAN, null, null);
		mvc.perform(get("/staf/wifi/" + h.id()).with(user(pimpinan).roles(Peran.PIMPINAN.name()))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(nama)));
		mvc.perform(formulir("/staf/wifi/" + h.id(), nama + " diubah", "-10.16270", "450000", "1").with(user(pimpinan).roles(Peran.PIMPINAN.name())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staf/wifi/" + h.id() + "/token").with(csrf()).with(user(pimpinan).roles(Peran.PIMPINAN.name())))
			.andExpect(status().isForbidden());
		assertThat(repo.cari(h.id()).orElseThrow().nama()).isEqualTo(nama);
		assertThat(repo.cari(h.id()).orElseThrow().adaToken()).isFalse();

		String opd = staf.adminOpd("DLHK");
		mvc.perform(get("/staf/wifi").with(user(opd).roles(Peran.ADMIN_OPD.name()))).andExpect(status().isForbidden());
	}

	@Test
	void usageImportChecksFirstRefusesAFileWithABadRowAndStoresASessionOnce() throws Exception {
		long id = HotspotUji.kantorKelurahan(register, "Wi-Fi Kantor Kelurahan Fatululi impor", HotspotUji.FATULULI, "-10.16347", "123.60859");
		String nas = repo.cari(id).orElseThrow().nasId();
		String kepala = "UserName,NASIdentifier,AcctSessionId,AcctStartTime,AcctSessionTime,AcctInputOctets,AcctOutputOctets,CallingStationId\n";
		String baik = kepala + "warga1," + nas + ",S-0001,2026-11-02 08:15:00,1800,52000000,4000000,AA-BB-CC-00-11-22\n"
				+ "warga2," + nas + ",S-0002,2026-11-02 09:00:00,600,12000000,1000000,AA-BB-CC-00-11-23\n"
				+ "warga3," + nas + ",S-0003,2026-11-03T10:00:00+08:00,3600,100000000,9000000,AA-BB-CC-00-11-24\n";
		String buruk = baik + "warga4,router-tak-dikenal,S-0004,2026-11-03 11:00:00,60,1,1,AA-BB-CC-00-11-25\n";
		String kominfo = staf.adminKominfo();

		// a dry run lists the refused row and stores nothing
		String uji = impor(kominfo, buruk, false, 200);
		assertThat(uji).contains("Baris 5", "router-tak-dikenal", "3 sesi baru");
		assertThat(sesi(id)).isZero();
		// applying a file with a refused row stores nothing either
		impor(kominfo, buruk, true, 400);
		assertThat(sesi(id)).isZero();
		// the clean file: 3 sessions, 178 MB; a second import adds none
		assertThat(impor(kominfo, baik, true, 200)).contains("Pemakaian tersimpan");
		assertThat(sesi(id)).isEqualTo(3);
		assertThat(impor(kominfo, baik, true, 200)).contains("0 sesi baru, 3 sudah pernah diimpor");
		assertThat(sesi(id)).isEqualTo(3);
		HotspotRepository.Pemakaian nov = repo.pemakaian(id).get(0);
		assertThat(nov.sesi()).isEqualTo(3);
		assertThat(nov.oktet()).isEqualTo(178_000_000L);
		// no user name or device address is kept anywhere
		assertThat(jdbc.sql("SELECT count(*) FROM wifi.sesi WHERE hotspot_id = ? AND id_sesi LIKE '%AA-BB%'").param(id).query(Long.class).single())
			.isZero();
	}

	private String impor(String kominfo, String csv, boolean terapkan, int status) throws Exception {
		return mvc.perform(multipart("/staf/wifi/impor").file(new MockMultipartFile("berkas", "radacct.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("terapkan", Boolean.toString(terapkan)).with(csrf()).with(user(kominfo).roles(Peran.ADMIN_KOMINFO.name())))
			.andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long sesi(long id) {
		return jdbc.sql("SELECT count(*) FROM wifi.sesi WHERE hotspot_id = ?").param(id).query(Long.class).single();
	}
}
