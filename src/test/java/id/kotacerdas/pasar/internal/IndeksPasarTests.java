package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;

/**
 * The weekly index, its API, alerts, figures and open dataset on two weeks of March 2025 that no
 * other test prices (the shared test database holds other tests' prices of recent days):
 * <pre>
 *                      week of 3 March        week of 10 March (10–12)
 * cabai rawit merah    Oeba 60.000, Naikoten 62.000 → city 61.000    Oeba 72.000, Naikoten 70.000 → 71.000   +16,393 %
 * kangkung             Oeba 5.000                                     Oeba 5.250                              +5 %
 * MinyaKita            Oeba 15.500                                    Oeba 16.500 (HET 15.700)                +6,452 %
 * weights 2, 1, 1: basket = (2 × 16,3934426 + 5 + 6,4516129) / 4 = 44,2384981 / 4 = 11,0596 → 11,06 %
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndeksPasarTests {

	private static final LocalDate SENIN_LALU = LocalDate.of(2025, 3, 3);

	private static final LocalDate SENIN = LocalDate.of(2025, 3, 10);

	private static final String TPID = "tpid.uji@kupangkota.go.id";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HargaRepository harga;

	@Autowired
	IndeksRepository indeks;

	@Autowired
	PeringatanHarga peringatan;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	StafUji staf;

	@Autowired
	IndikatorPasar.IndeksMingguan indikatorIndeks;

	@Autowired
	IndikatorPasar.DiAtasHet indikatorHet;

	@Autowired
	DataTerbukaHargaPasar dataTerbuka;

	private long id(String tabel, String kode) {
		return jdbc.sql("SELECT id FROM pasar." + tabel + " WHERE kode = ?").param(kode).query(Long.class).single();
	}

	@BeforeAll
	void duaMingguMaret() {
		long oeba = id("pasar", "oeba");
		long naikoten = id("pasar", "naikoten");
		long cabai = id("komoditas", "cabai-rawit-merah");
		long kangkung = id("komoditas", "kangkung");
		long minyakita = id("komoditas", "minyakita");
		List<HargaRepository.Baru> baru = new ArrayList<>();
		for (int h = 0; h < 7; h++) {
			LocalDate d = SENIN_LALU.plusDays(h);
			baru.add(new HargaRepository.Baru(oeba, cabai, d, 60_000, "Flores", false));
			baru.add(new HargaRepository.Baru(naikoten, cabai, d, 62_000, null, false));
			baru.add(new HargaRepository.Baru(oeba, kangkung, d, 5_000, null, false));
			baru.add(new HargaRepository.Baru(oeba, minyakita, d, 15_500, null, false));
		}
		for (int h = 0; h < 3; h++) {
			LocalDate d = SENIN.plusDays(h);
			baru.add(new HargaRepository.Baru(oeba, cabai, d, 72_000, h == 0 ? "Rote" : "Flores", false));
			baru.add(new HargaRepository.Baru(naikoten, cabai, d, 70_000, "Surabaya", false));
			baru.add(new HargaRepository.Baru(oeba, kangkung, d, 5_250, null, false));
			baru.add(new HargaRepository.Baru(oeba, minyakita, d, 16_500, null, false));
		}
		// and for the trend chart, six days of garlic at Oesapa five weeks ago, where no other test compares
		for (int h = 35; h <= 40; h++) {
			baru.add(new HargaRepository.Baru(id("pasar", "oesapa"), id("komoditas", "bawang-putih"), LocalDate.now(Waktu.WITA).minusDays(h),
					38_000 + 250L * h, null, false));
		}
		harga.tambahBanyak("uji-indeks", baru, Instant.now());
		indeks.ubahBobot(cabai, new BigDecimal("2"), "uji", Instant.now());
		indeks.ubahBobot(kangkung, BigDecimal.ONE, "uji", Instant.now());
		indeks.ubahBobot(minyakita, BigDecimal.ONE, "uji", Instant.now());
	}

	@Test
	void theApiGivesTheWeeksBasketAndEachCommoditysChange() throws Exception {
		mvc.perform(get("/api/pasar/indeks").param("dari", "2025-03-12").param("sampai", "2025-03-12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dari").value("2025-03-10"))
			.andExpect(jsonPath("$.sampai").value("2025-03-16"))
			.andExpect(jsonPath("$.minggu.length()").value(1))
			.andExpect(jsonPath("$.minggu[0].indeks").value(11.06))
			.andExpect(jsonPath("$.minggu[0].jumlahKomoditas").value(3))
			.andExpect(jsonPath("$.minggu[0].komoditas[?(@.kode == 'cabai-rawit-merah')].rataRata").value(71_000))
			.andExpect(jsonPath("$.minggu[0].komoditas[?(@.kode == 'cabai-rawit-merah')].rataRataMingguLalu").value(61_000))
			.andExpect(jsonPath("$.minggu[0].komoditas[?(@.kode == 'cabai-rawit-merah')].perubahanPersen").value(16.39))
			.andExpect(jsonPath("$.minggu[0].komoditas[?(@.kode == 'kangkung')].perubahanPersen").value(5.0))
			.andExpect(jsonPath("$.rumus").value(containsString("Σ (bobot_i × perubahan_i) / Σ bobot_i")));
		mvc.perform(get("/api/pasar/indeks").param("dari", "2025-03-03").param("sampai", "2025-03-16").param("komoditas", "kangkung"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minggu.length()").value(2))
			.andExpect(jsonPath("$.minggu[0].indeks").doesNotExist())
			.andExpect(jsonPath("$.minggu[1].indeks").value(11.06))
			.andExpect(jsonPath("$.minggu[1].komoditas.length()").value(1))
			.andExpect(jsonPath("$.minggu[1].komoditas[0].nama").value("Kangkung"));
	}

	@Test
	void aCorrectedPriceChangesTheIndexAtOnceThoughResultsAreReused() throws Exception {
		// May 2024: weeks no other test prices (the import tests use April 2025)
		long oesapa = id("pasar", "oesapa");
		long tomat = id("komoditas", "tomat");
		LocalDate selasaLalu = LocalDate.of(2024, 5, 7);
		LocalDate selasa = LocalDate.of(2024, 5, 14);
		harga.tambahBanyak("uji-versi", List.of(new HargaRepository.Baru(oesapa, tomat, selasaLalu, 15_000, null, false),
				new HargaRepository.Baru(oesapa, tomat, selasa, 15_000, null, false)), Instant.now());
		mvc.perform(get("/api/pasar/indeks").param("dari", "2024-05-14").param("sampai", "2024-05-14"))
			.andExpect(jsonPath("$.minggu[0].indeks").value(0.0));
		mvc.perform(get("/api/pasar/indeks").param("dari", "2024-05-14").param("sampai", "2024-05-14"))
			.andExpect(jsonPath("$.minggu[0].indeks").value(0.0));
		// the enumerator corrects Tuesday's price: (16500 − 15000) / 15000 × 100 = +10 %
		harga.simpan(oesapa, tomat, selasa, "uji-versi", 16_500, null, false, Instant.now());
		mvc.perform(get("/api/pasar/indeks").param("dari", "2024-05-14").param("sampai", "2024-05-14"))
			.andExpect(jsonPath("$.minggu[0].indeks").value(10.0));
	}

	@Test
	void badRangesAndUnknownCommoditiesAreRefused() throws Exception {
		mvc.perform(get("/api/pasar/indeks").param("dari", "2025-03-20").param("sampai", "2025-03-01")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/pasar/indeks").param("dari", "2020-01-01").param("sampai", "2025-03-01")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/pasar/indeks").param("dari", "kemarin")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/pasar/indeks").param("komoditas", "durian")).andExpect(status().isNotFound());
	}

	@Test
	void aRiseAboveTheThresholdAndAPriceAboveTheHetAlertTheTeamOnceAWeekNamingMarketsAndOrigins() {
		String subjekCabai = "Harga Cabai rawit merah naik 16,4% minggu ini";
		String subjekHet = "Harga Minyak goreng MinyaKita di atas HET";

		assertThat(peringatan.periksa(SENIN.plusDays(2))).isEqualTo(2);

		List<String> cabai = KotakUji.isiEmail(notifikasi, TPID, subjekCabai);
		assertThat(cabai).hasSize(1);
		assertThat(cabai.get(0)).contains("Cabai rawit merah (per kg)", "10 Maret 2025", "sejauh ini Rp71.000", "minggu lalu Rp61.000",
				"batas peringatan 10%", "Pasar Oeba Rp72.000; Pasar Kasih Naikoten (Inpres Naikoten) Rp70.000",
				"Asal barang yang dilaporkan petugas: Flores, Rote, Surabaya.");
		List<String> het = KotakUji.isiEmail(notifikasi, TPID, subjekHet);
		assertThat(het).hasSize(1);
		assertThat(het.get(0)).contains("pada 12 Maret 2025 adalah Rp16.500, di atas harga eceran tertinggi Rp15.700", "Pasar Oeba Rp16.500",
				"Asal barang yang dilaporkan petugas: tidak dilaporkan.");
		// kangkung rose 5 % and MinyaKita 6,5 %: below the 10 % threshold
		assertThat(KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, TPID))
			.noneMatch(m -> m.teks().subjek().contains("Kangkung") || m.teks().subjek().contains("MinyaKita naik"));

		// the next run, the next day of the same week: nothing new
		assertThat(peringatan.periksa(SENIN.plusDays(2))).isZero();
		assertThat(peringatan.periksa(SENIN.plusDays(3))).isZero();
		assertThat(KotakUji.isiEmail(notifikasi, TPID, subjekCabai)).hasSize(1);
		assertThat(KotakUji.isiEmail(notifikasi, TPID, subjekHet)).hasSize(1);
	}

	@Test
	void theFiguresAreTheLastWeeksBasketAndTheCommoditiesAboveTheirCeiling() {
		var hasil = indikatorIndeks.hitung(Periode.bulan(YearMonth.of(2025, 3)));
		assertThat(hasil.kota().angka()).isEqualByComparingTo("11.06");
		assertThat(hasil.kota().rasio().pembilang()).isEqualTo(3);
		var het = indikatorHet.hitung(Periode.bulan(YearMonth.of(2025, 3)));
		assertThat(het.kota().angka()).isEqualByComparingTo("1");
		assertThat(het.kota().rasio().pembilang()).isEqualTo(1);
		assertThat(het.kota().rasio().penyebut()).isEqualTo(1);
		assertThat(indikatorIndeks.hitung(Periode.bulan(YearMonth.of(2024, 3))).kota().adaData()).isFalse();
	}

	@Test
	void theOpenDatasetHoldsTheDailyCityAverageWithoutEnumeratorsOrOrigins() {
		List<List<Object>> baris = new ArrayList<>();
		dataTerbuka.baris(0, 1_000, baris::add);
		assertThat(baris).contains(List.of(LocalDate.of(2025, 3, 12), "cabai-rawit-merah", "Cabai rawit merah", "kg", 71_000L, 2L));
		assertThat(baris).flatExtracting(b -> b).doesNotContain("uji-indeks", "Flores", "Rote");
		assertThat(dataTerbuka.cakupanWaktu()).isPresent();
	}

	private RequestPostProcessor kominfo() {
		return user(staf.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name());
	}

	private BigDecimal bobot(String kode) {
		return jdbc.sql("SELECT bobot FROM pasar.bobot_indeks WHERE komoditas_id = ?").param(id("komoditas", kode)).query(BigDecimal.class)
			.single();
	}

	@Test
	void theMarketAgencyAndKominfoEditTheWeightsAuditedAndABadWeightChangesNothing() throws Exception {
		long gula = id("komoditas", "gula-pasir-lokal");
		long bayam = id("komoditas", "bayam");
		mvc.perform(get("/staf/pasar/bobot").with(kominfo())).andExpect(status().isOk())
			.andExpect(content().string(containsString("bobot-" + gula)));
		mvc.perform(post("/staf/pasar/bobot").with(kominfo()).with(csrf()).param("bobot-" + gula, "2,5").param("bobot-" + bayam, "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(bobot("gula-pasir-lokal")).isEqualByComparingTo("2.5");
		assertThat(jdbc.sql("SELECT sesudah->>'bobot' FROM audit.catatan WHERE aksi = 'pasar.bobot.diubah' AND id_objek = ?")
			.param(String.valueOf(gula)).query(String.class).list()).containsExactly("2.5");

		mvc.perform(post("/staf/pasar/bobot").with(kominfo()).with(csrf()).param("bobot-" + gula, "4").param("bobot-" + bayam, "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tidak ada yang diubah")))
			.andExpect(content().string(containsString("value=\"-1\"")));
		mvc.perform(post("/staf/pasar/bobot").with(kominfo()).with(csrf()).param("bobot-" + gula, "empat"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"empat\"")));
		assertThat(bobot("gula-pasir-lokal")).isEqualByComparingTo("2.5");
		assertThat(bobot("bayam")).isEqualByComparingTo("1");

		var pupr = user(staf.petugasTrc("PUPR")).roles(Peran.PETUGAS_TRC.name());
		mvc.perform(get("/staf/pasar/bobot").with(pupr)).andExpect(status().isForbidden());
		mvc.perform(post("/staf/pasar/bobot").with(pupr).with(csrf()).param("bobot-" + gula, "9")).andExpect(status().isForbidden());
		assertThat(bobot("gula-pasir-lokal")).isEqualByComparingTo("2.5");
	}

	@Test
	void thePublicViewsAnswerWithoutSignInAndOnlyTheTrendLoadsChartJs() throws Exception {
		mvc.perform(get("/pasar")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/pasar/indeks\"")))
			.andExpect(content().string(containsString("href=\"/pasar/cetak\"")))
			.andExpect(content().string(containsString("href=\"/pasar/layar\"")))
			.andExpect(content().string(not(containsString("chart.umd.js"))));
		mvc.perform(get("/pasar/komoditas/bawang-putih")).andExpect(status().isOk())
			.andExpect(content().string(containsString("chart.umd.js")))
			.andExpect(content().string(containsString("id=\"grafik-tren\"")))
			.andExpect(content().string(containsString("Pasar Oesapa")))
			// 39 days ago only Oesapa priced garlic (38 000 + 250 × 39), in its line and the city's; other tests price recent days
			.andExpect(content().string(containsString("47750")))
			.andExpect(content().string(containsString("Rata-rata kota terakhir Rp")));
		mvc.perform(get("/pasar/komoditas/durian")).andExpect(status().isNotFound());
		mvc.perform(get("/pasar/indeks")).andExpect(status().isOk())
			.andExpect(content().string(containsString("(P minggu ini − P minggu lalu) ÷ P minggu lalu × 100%")))
			.andExpect(content().string(not(containsString("chart.umd.js"))));
		mvc.perform(get("/pasar/indeks").param("komoditas", "kangkung").param("minggu", "2025-03-12")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")));
		mvc.perform(get("/pasar/cetak")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/css/pasar-cetak")))
			.andExpect(content().string(not(containsString("<script"))));
		mvc.perform(get("/pasar/layar").param("pasar", String.valueOf(id("pasar", "oeba")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("http-equiv=\"refresh\" content=\"300\"")))
			.andExpect(content().string(containsString("Harga hari ini di Pasar Oeba")))
			.andExpect(content().string(not(containsString("<script"))));
		mvc.perform(get("/pasar/layar").param("pasar", "999999")).andExpect(status().isNotFound());
	}
}
