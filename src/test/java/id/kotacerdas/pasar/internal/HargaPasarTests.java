package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/**
 * Price collection through its JSON endpoint and the public board: a batch sent twice is stored
 * once, a correction replaces and is audited, an implausible price is asked about and stored
 * flagged once confirmed, bad input changes nothing. Each test uses a market of its own.
 */
@IntegrationTest
class HargaPasarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private final LocalDate hariIni = LocalDate.now(Waktu.WITA);

	private long pasar(String kode) {
		return jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = ?").param(kode).query(Long.class).single();
	}

	private long komoditas(String kode) {
		return jdbc.sql("SELECT id FROM pasar.komoditas WHERE kode = ?").param(kode).query(Long.class).single();
	}

	private RequestPostProcessor pencacah() {
		return user(staf.petugasTrc("Perindag")).roles(Peran.PETUGAS_TRC.name());
	}

	private ResultActions kirim(RequestPostProcessor siapa, long pasarId, LocalDate tanggal, List<Map<String, Object>> entri) throws Exception {
		String isi = json.writeValueAsString(Map.of("pasarId", pasarId, "tanggal", tanggal.toString(), "entri", entri));
		return mvc.perform(post("/staf/pasar/catat").with(siapa).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(isi));
	}

	private static Map<String, Object> entri(long komoditasId, long harga, String asal, boolean dikonfirmasi) {
		var m = new java.util.HashMap<String, Object>(Map.of("komoditasId", komoditasId, "harga", harga, "dikonfirmasi", dikonfirmasi));
		m.put("asal", asal);
		return m;
	}

	private long jumlah(long pasarId, LocalDate tanggal) {
		return jdbc.sql("SELECT count(*) FROM pasar.harga WHERE pasar_id = ? AND tanggal = ?").params(pasarId, tanggal).query(Long.class).single();
	}

	@Test
	void theSameBatchTwiceIsStoredOnceAndACorrectionReplacesAudited() throws Exception {
		long pasar = pasar("oeba");
		var siapa = pencacah();
		var batch = List.of(entri(komoditas("ikan-tongkol"), 40_000, "Rote", false), entri(komoditas("kangkung"), 5_000, null, false),
				entri(komoditas("tomat"), 15_000, null, false));
		kirim(siapa, pasar, hariIni, batch).andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("tersimpan"))
			.andExpect(jsonPath("$.length()").value(3));
		kirim(siapa, pasar, hariIni, batch).andExpect(status().isOk()).andExpect(jsonPath("$[2].status").value("tersimpan"));
		assertThat(jumlah(pasar, hariIni)).isEqualTo(3);

		kirim(siapa, pasar, hariIni, List.of(entri(komoditas("ikan-tongkol"), 42_000, "Flores", false))).andExpect(status().isOk());
		assertThat(jumlah(pasar, hariIni)).isEqualTo(3);
		assertThat(jdbc.sql("SELECT harga || ' ' || asal FROM pasar.harga WHERE pasar_id = ? AND komoditas_id = ?")
			.params(pasar, komoditas("ikan-tongkol")).query(String.class).single()).isEqualTo("42000 Flores");
		assertThat(jdbc.sql("SELECT sebelum->>'harga' FROM audit.catatan WHERE aksi = 'pasar.harga.dikoreksi' AND sebelum->>'pasarId' = ?")
			.param(String.valueOf(pasar)).query(String.class).single()).isEqualTo("40000");
	}

	@Test
	void anImplausiblePriceIsAskedAboutThenStoredFlagged() throws Exception {
		long pasar = pasar("naikoten");
		long cabai = komoditas("cabai-rawit-merah");
		var siapa = pencacah();
		for (int h = 1; h <= 6; h++) {
			kirim(siapa, pasar, hariIni.minusDays(h), List.of(entri(cabai, h % 2 == 0 ? 59_000 : 61_000, null, false)))
				.andExpect(jsonPath("$[0].status").value("tersimpan"));
		}
		kirim(siapa, pasar, hariIni, List.of(entri(cabai, 160_000, null, false)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("perlu-konfirmasi"))
			.andExpect(jsonPath("$[0].pesan").value("Jauh dari harga empat minggu terakhir (rata-rata Rp60.000)."));
		assertThat(jumlah(pasar, hariIni)).isZero();

		kirim(siapa, pasar, hariIni, List.of(entri(cabai, 160_000, null, true))).andExpect(jsonPath("$[0].status").value("tersimpan"));
		assertThat(jdbc.sql("SELECT ditandai FROM pasar.harga WHERE pasar_id = ? AND tanggal = ?").params(pasar, hariIni)
			.query(Boolean.class).single()).isTrue();
		mvc.perform(get("/staf/pasar").with(user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Harga tidak wajar yang dikonfirmasi petugas")))
			.andExpect(content().string(containsString("Rp160.000")));

		// above the ceiling (HET of medium rice, Rp13.100 in zone 2) asks even without history
		kirim(siapa, pasar, hariIni, List.of(entri(komoditas("beras-medium-1"), 14_000, null, false)))
			.andExpect(jsonPath("$[0].status").value("perlu-konfirmasi"))
			.andExpect(jsonPath("$[0].pesan").value("Di atas harga eceran tertinggi (Rp13.100)."));
	}

	@Test
	void badInputIsRefusedWholeAndOthersMayNotRecord() throws Exception {
		long pasar = pasar("kuanino");
		var siapa = pencacah();
		kirim(siapa, pasar, hariIni, List.of(entri(komoditas("bayam"), 5_000, null, false), entri(komoditas("tomat"), -1, null, false)))
			.andExpect(status().isBadRequest());
		kirim(siapa, pasar, hariIni.plusDays(1), List.of(entri(komoditas("bayam"), 5_000, null, false))).andExpect(status().isBadRequest());
		kirim(siapa, 999_999, hariIni, List.of(entri(komoditas("bayam"), 5_000, null, false))).andExpect(status().isBadRequest());
		kirim(user(staf.adminOpd("DLHK")).roles(Peran.ADMIN_OPD.name()), pasar, hariIni, List.of(entri(komoditas("bayam"), 5_000, null, false)))
			.andExpect(status().isForbidden());
		assertThat(jumlah(pasar, hariIni)).isZero();
	}

	@Test
	void theBoardShowsTheChangeAgainstYesterdayLastWeekAndLastMonth() throws Exception {
		long pasar = pasar("oesapa");
		long telur = komoditas("telur-ayam-ras-rak");
		var siapa = pencacah();
		kirim(siapa, pasar, hariIni.minusMonths(1), List.of(entri(telur, 60_000, null, false))).andExpect(status().isOk());
		kirim(siapa, pasar, hariIni.minusWeeks(1), List.of(entri(telur, 62_000, null, false))).andExpect(status().isOk());
		kirim(siapa, pasar, hariIni.minusDays(1), List.of(entri(telur, 64_000, "Surabaya", false))).andExpect(status().isOk());
		kirim(siapa, pasar, hariIni, List.of(entri(telur, 63_000, "Kupang", false))).andExpect(status().isOk());

		mvc.perform(get("/pasar").param("pasar", String.valueOf(pasar)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rp63.000")))
			.andExpect(content().string(containsString("turun Rp1.000 (1,6%)")))
			.andExpect(content().string(containsString("naik Rp1.000 (1,6%)")))
			.andExpect(content().string(containsString("naik Rp3.000 (5,0%)")))
			// 63 000 per tray of 30 eggs at 16 a kilogram
			.andExpect(content().string(containsString("sekitar Rp33.600 per kg")));
		mvc.perform(get("/pasar").param("pasar", String.valueOf(pasar)).param("lang", "en"))
			.andExpect(content().string(containsString("down Rp1,000 (1.6%)")));
	}
}
