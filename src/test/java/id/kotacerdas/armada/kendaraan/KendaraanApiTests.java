package id.kotacerdas.armada.kendaraan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class KendaraanApiTests {

	private static final AtomicInteger NOMOR = new AtomicInteger(2000);

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private static String isi(String nomorPolisi, String tracker, long opdId) {
		return """
				{"nomorPolisi":"%s","trackerId":"%s","opdId":%d,"jenisBbm":"SOLAR","kapasitasTangki":60,"normaKmPerLiter":8.5,
				 "nomorRangka":"MHF11KF8040012345","nomorMesin":"2KD-1234567","nomorBpkb":"L-01234567","merek":"Toyota",
				 "tipe":"Hilux","cc":2494,"tahunPembuatan":2019,"hargaPerolehan":425000000,"asalPerolehan":"Pembelian APBD",
				 "golongan":"OPERASIONAL","kuotaLiterBulanan":300,"kuotaRupiahBulanan":2040000,"nipPemegang":"198501012010011001",
				 "namaPemegang":"Yohanes Fanggidae","jatuhTempoStnk":"2027-03-01","jatuhTempoPajak":"2026-12-15"}"""
			.formatted(nomorPolisi, tracker, opdId);
	}

	private MockHttpServletRequestBuilder buat(String pengguna, String isi) {
		return post("/api/armada/kendaraan").with(httpBasic(pengguna, StafUji.SANDI)).contentType(MediaType.APPLICATION_JSON).content(isi);
	}

	@Test
	void kominfoRegistersAVehicleAndTheChangeIsAudited() throws Exception {
		String admin = staf.adminKominfo();
		int n = NOMOR.incrementAndGet();
		String jawab = mvc.perform(buat(admin, isi("dh" + n + "kp", "api-" + n, staf.opdId("Dishub"))))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.nomorPolisi").value("DH " + n + " KP"))
			.andExpect(jsonPath("$.jenisBbm").value("SOLAR"))
			.andExpect(jsonPath("$.kapasitasTangki").value(60))
			.andExpect(jsonPath("$.normaKmPerLiter").value(8.5))
			.andExpect(jsonPath("$.status").value("AKTIF"))
			.andExpect(jsonPath("$.jatuhTempoPajak").value("2026-12-15"))
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(jawab).get("id").asLong();

		mvc.perform(get("/api/armada/kendaraan").with(httpBasic(admin, StafUji.SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].trackerId").value("api-" + n));
		assertThat(jdbc.sql("SELECT aktor FROM audit.catatan WHERE aksi = 'kendaraan.dibuat' AND id_objek = ?")
			.param(String.valueOf(id)).query(String.class).single()).isEqualTo(admin);

		mvc.perform(put("/api/armada/kendaraan/{id}", id).with(httpBasic(admin, StafUji.SANDI))
			.contentType(MediaType.APPLICATION_JSON)
			.content(isi("DH " + n + " KP", "api-" + n, staf.opdId("Dishub")).replace("\"normaKmPerLiter\":8.5", "\"normaKmPerLiter\":9")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.normaKmPerLiter").value(9));
		String sebelum = jdbc.sql("SELECT sebelum->>'normaKmPerLiter' FROM audit.catatan WHERE aksi = 'kendaraan.diubah' AND id_objek = ?")
			.param(String.valueOf(id)).query(String.class).single();
		assertThat(sebelum).isEqualTo("8.5");
	}

	@Test
	void anAgencyAdministratorWorksOnlyWithTheAgencysVehicles() throws Exception {
		String adminDishub = staf.adminOpd("Dishub");
		String adminDlhk = staf.adminOpd("DLHK");
		int n = NOMOR.incrementAndGet();
		mvc.perform(buat(adminDishub, isi("DH " + n + " AB", "opd-" + n, staf.opdId("Dishub")))).andExpect(status().isCreated());
		mvc.perform(buat(adminDishub, isi("DH " + n + " AC", "opd-" + n + "b", staf.opdId("DLHK")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/armada/kendaraan").with(httpBasic(adminDlhk, StafUji.SANDI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.trackerId == 'opd-" + n + "')]").isEmpty());
		mvc.perform(get("/api/armada/kendaraan").with(httpBasic(adminDishub, StafUji.SANDI)))
			.andExpect(jsonPath("$[?(@.trackerId == 'opd-" + n + "')]").isNotEmpty());
		mvc.perform(buat(staf.petugasTrc("Dishub"), isi("DH " + n + " AD", "opd-" + n + "c", staf.opdId("Dishub"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/armada/kendaraan")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/armada/posisi")).andExpect(status().isUnauthorized());
	}

	@Test
	void badInputIsA4xxAndChangesNothing() throws Exception {
		String admin = staf.adminKominfo();
		int n = NOMOR.incrementAndGet();
		long dishub = staf.opdId("Dishub");
		long sebelum = jdbc.sql("SELECT count(*) FROM armada.kendaraan").query(Long.class).single();
		mvc.perform(buat(admin, isi("DH " + n + " XY", "bad-" + n, dishub).replace("\"jenisBbm\":\"SOLAR\",", "")))
			.andExpect(status().isBadRequest());
		mvc.perform(buat(admin, isi("BUKAN PLAT", "bad-" + n, dishub))).andExpect(status().isBadRequest());
		mvc.perform(buat(admin, isi("DH " + n + " XY", "bad-" + n, 999_999))).andExpect(status().isBadRequest());
		mvc.perform(buat(admin, isi("DH " + n + " XY", "bad-" + n, dishub).replace("\"jenisBbm\":\"SOLAR\"", "\"jenisBbm\":\"AVTUR\"")))
			.andExpect(status().isBadRequest());
		mvc.perform(buat(admin, isi("DH " + n + " XY", "bad-" + n, dishub).replace("\"kapasitasTangki\":60", "\"kapasitasTangki\":0")))
			.andExpect(status().isBadRequest());
		// beyond what the columns hold: refused, not a failed insert
		for (String angka : new String[] { "1e15", "1e1000000", "45.123" }) {
			mvc.perform(buat(admin, isi("DH " + n + " XY", "bad-" + n, dishub).replace("\"kapasitasTangki\":60", "\"kapasitasTangki\":" + angka)))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(buat(admin, isi("DH " + n + " XY", "bad-" + n, dishub).replace("\"normaKmPerLiter\":8.5", "\"normaKmPerLiter\":99999")))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT count(*) FROM armada.kendaraan").query(Long.class).single()).isEqualTo(sebelum);

		mvc.perform(buat(admin, isi("DH " + n + " XY", "dup-" + n, dishub))).andExpect(status().isCreated());
		mvc.perform(buat(admin, isi("DH " + n + " XY", "dup-" + n + "b", dishub))).andExpect(status().isConflict());
		mvc.perform(buat(admin, isi("DH " + n + " XZ", "dup-" + n, dishub))).andExpect(status().isConflict());
	}
}
