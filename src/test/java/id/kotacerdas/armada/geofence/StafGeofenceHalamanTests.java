package id.kotacerdas.armada.geofence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.DetektorGeofence;
import id.kotacerdas.armada.pelacakan.Posisi;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/** The geofence staff page and the enter/exit events on a vehicle's day history. */
@IntegrationTest
class StafGeofenceHalamanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DetektorGeofence detektor;

	private static RequestPostProcessor sebagai(String username, Peran peran) {
		return user(username).roles(peran.name());
	}

	private static MockHttpServletRequestBuilder lingkaran(String url, String nama, Long opdId, double lat, double lon, String radius) {
		return post(url).with(csrf()).param("nama", nama).param("jenis", "SPBU").param("opdId", opdId == null ? "" : opdId.toString())
			.param("lat", String.valueOf(lat)).param("lon", String.valueOf(lon)).param("radiusM", radius);
	}

	private Long idGeofence(String nama) {
		return jdbc.sql("SELECT id FROM armada.geofence WHERE nama = ?").param(nama).query(Long.class).optional().orElse(null);
	}

	private int jumlahAudit(long id) {
		return jdbc.sql("SELECT count(*) FROM audit.catatan WHERE jenis_objek = 'geofence' AND id_objek = ?").param(String.valueOf(id))
			.query(Integer.class).single();
	}

	@Test
	void anAgencyAdministratorCreatesEditsAndDeletesACircleThroughTheForm() throws Exception {
		long dishub = staf.opdId("Dishub");
		var admin = sebagai(staf.adminOpd("Dishub"), Peran.ADMIN_OPD);
		String nama = "SPBU Halaman " + System.nanoTime();

		mvc.perform(lingkaran("/staf/armada/geofence", nama, dishub, -10.171, 123.607, "120").with(admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staf/armada/geofence"));
		Long id = idGeofence(nama);
		assertThat(id).isNotNull();
		assertThat(jdbc.sql("SELECT radius_m FROM armada.geofence WHERE id = ?").param(id).query(Double.class).single()).isEqualTo(120.0);
		assertThat(jumlahAudit(id)).isEqualTo(1);

		mvc.perform(get("/staf/armada/geofence").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(nama), containsString("id=\"formulir-geofence\""),
					containsString("/staf/armada/geofence/" + id + "/hapus"))));
		mvc.perform(get("/staf/armada/geofence").param("ubah", id.toString()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/staf/armada/geofence/" + id + "\"")));

		mvc.perform(lingkaran("/staf/armada/geofence/" + id, nama, dishub, -10.171, 123.607, "250").with(admin))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT radius_m FROM armada.geofence WHERE id = ?").param(id).query(Double.class).single()).isEqualTo(250.0);
		assertThat(jumlahAudit(id)).isEqualTo(2);

		mvc.perform(post("/staf/armada/geofence/" + id + "/hapus").with(csrf()).with(admin)).andExpect(status().is3xxRedirection());
		assertThat(idGeofence(nama)).isNull();
		assertThat(jumlahAudit(id)).isEqualTo(3);
	}

	@Test
	void refusedFormsChangeNothing() throws Exception {
		long dishub = staf.opdId("Dishub");
		String nama = "SPBU Ditolak " + System.nanoTime();
		var petugas = sebagai(staf.petugasTrc("Dishub"), Peran.PETUGAS_TRC);

		// an officer reads the page but gets no form and may not post
		mvc.perform(get("/staf/armada/geofence").with(petugas))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"formulir-geofence\""))));
		mvc.perform(lingkaran("/staf/armada/geofence", nama, dishub, -10.171, 123.607, "120").with(petugas))
			.andExpect(status().isForbidden());
		// an agency administrator may not keep a city-wide place
		mvc.perform(lingkaran("/staf/armada/geofence", nama, null, -10.171, 123.607, "120")
			.with(sebagai(staf.adminOpd("Dishub"), Peran.ADMIN_OPD)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("tidak berwenang")));
		// a radius below the minimum is shown on the form
		mvc.perform(lingkaran("/staf/armada/geofence", nama, null, -10.171, 123.607, "5")
			.with(sebagai(staf.adminKominfo(), Peran.ADMIN_KOMINFO)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("radiusM")));
		assertThat(idGeofence(nama)).isNull();
	}

	@Test
	void theDayHistoryListsGeofenceEntriesAndExitsInWita() throws Exception {
		var kominfo = sebagai(staf.adminKominfo(), Peran.ADMIN_KOMINFO);
		String nama = "Pelabuhan Uji " + System.nanoTime();
		// a circle in the sea north-west of Kupang, away from other tests' tracks
		mvc.perform(lingkaran("/staf/armada/geofence", nama, null, -10.10, 123.45, "200").with(kominfo))
			.andExpect(status().is3xxRedirection());
		long geofence = idGeofence(nama);
		long id = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), "DH " + (int) (System.nanoTime() % 9000 + 1000) + " GH",
				"gh-" + System.nanoTime());
		ZonedDateTime pagi = LocalDate.of(2026, 11, 4).atTime(9, 15).atZone(Waktu.WITA);
		detektor.tersimpan(List.of(di(id, pagi.toInstant(), -10.10, 123.44)));
		detektor.tersimpan(List.of(di(id, pagi.plusMinutes(1).toInstant(), -10.10, 123.45)));
		detektor.tersimpan(List.of(di(id, pagi.plusMinutes(2).toInstant(), -10.10, 123.46)));
		detektor.olah();

		mvc.perform(get("/staf/armada/kendaraan/" + id + "/riwayat").param("tanggal", "2026-11-04").with(kominfo))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"peristiwa-geofence\""), containsString("09.16.00"),
					containsString("09.17.00"), containsString(nama), containsString("Masuk"), containsString("Keluar"))));
		mvc.perform(get("/staf/armada/kendaraan/" + id + "/riwayat").param("tanggal", "2026-11-05").with(kominfo))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"peristiwa-geofence\""))));
		mvc.perform(post("/staf/armada/geofence/" + geofence + "/hapus").with(csrf()).with(kominfo)).andExpect(status().is3xxRedirection());
	}

	private static Posisi di(long kendaraanId, Instant waktu, double lat, double lon) {
		return new Posisi(kendaraanId, waktu, waktu, lat, lon, 0.0, null, null, 5.0, true, 0.0, Map.of());
	}
}
