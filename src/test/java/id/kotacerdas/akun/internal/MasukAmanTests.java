package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.Peran;
import io.micrometer.core.instrument.MeterRegistry;

/** Sign-in guessing: bounded under parallel load, no account enumeration, no lock-out by strangers. */
@IntegrationTest
class MasukAmanTests {

	private static final int UTAS = 50;

	private static final int PER_UTAS = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meter;

	@Autowired
	AkunProperties properti;

	@LocalServerPort
	int port;

	/** 200 wrong passwords over 50 threads by HTTP Basic, then the right one: at most the limit is ever checked. */
	@Test
	void parallelGuessesCheckNoMorePasswordsThanTheLimit() throws Exception {
		String username = staf.adminKominfo();
		HttpClient http = HttpClient.newHttpClient();
		double sebelum = diperiksa();
		List<Callable<Integer>> tugas = new ArrayList<>();
		for (int t = 0; t < UTAS; t++) {
			int utas = t;
			tugas.add(() -> {
				int diterima = 0;
				for (int i = 0; i < PER_UTAS; i++) {
					if (basic(http, username, "tebakan-" + utas + "-" + i).statusCode() != 401) {
						diterima++;
					}
				}
				return diterima;
			});
		}
		ExecutorService pelaksana = Executors.newFixedThreadPool(UTAS);
		try {
			for (Future<Integer> f : pelaksana.invokeAll(tugas)) {
				assertThat(f.get()).isZero();
			}
		}
		finally {
			pelaksana.shutdown();
		}
		assertThat(diperiksa() - sebelum).as("password checks for %d parallel guesses", UTAS * PER_UTAS)
			.isBetween(1.0, (double) properti.masuk().batasPerAlamat());

		// the right password now waits too, and says for how long
		double sebelumBenar = diperiksa();
		HttpResponse<String> benar = basic(http, username, StafUji.SANDI);
		assertThat(benar.statusCode()).isEqualTo(401);
		assertThat(benar.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
		assertThat(diperiksa()).isEqualTo(sebelumBenar);
	}

	/** Unknown, deactivated and existing accounts: the same page, the same work (a dummy hash check). */
	@Test
	void unknownInactiveAndExistingAccountsGetTheSameAnswer() throws Exception {
		String ada = staf.adminKominfo();
		String nonaktif = staf.pengguna(Peran.PIMPINAN, null, null);
		jdbc.sql("update akun.pengguna set aktif = false where username = ?").param(nonaktif).update();
		List<String> halaman = new ArrayList<>();
		int batas = properti.masuk().batasPerAlamat();
		for (String username : List.of(ada, nonaktif, "tidak-ada-" + ada)) {
			for (int i = 0; i <= batas; i++) {
				double sebelum = diperiksa();
				MvcResult hasil = mvc.perform(masuk(username, i == batas ? StafUji.SANDI : "salah-" + i, "10.9.9.9"))
					.andExpect(unauthenticated()).andExpect(redirectedUrl("/masuk?gagal")).andReturn();
				assertThat(diperiksa() - sebelum).as("hash checks of attempt %d for %s", i, username).isEqualTo(i < batas ? 1.0 : 0.0);
				if (i == 0 || i == batas) {
					halaman.add(mvc.perform(get("/masuk?gagal").cookie(hasil.getResponse().getCookie("JSESSIONID")))
						.andReturn().getResponse().getContentAsString().replaceAll("(name=\"_csrf\" (value|content)=)\"[^\"]*\"", "$1"));
				}
			}
		}
		assertThat(halaman.get(0)).contains("Nama pengguna atau kata sandi salah");
		assertThat(halaman.get(1)).contains("Terlalu banyak percobaan masuk").contains("1 menit");
		assertThat(halaman.get(2)).isEqualTo(halaman.get(0));
		assertThat(halaman.get(4)).isEqualTo(halaman.get(0));
		assertThat(halaman.get(3)).isEqualTo(halaman.get(1));
		assertThat(halaman.get(5)).isEqualTo(halaman.get(1));
	}

	/** Names that cannot be accounts (NUL, line breaks, 10,000 characters) are just wrong, not errors. */
	@Test
	void hostileUsernamesAreAnOrdinaryWrongSignIn() throws Exception {
		for (String username : List.of("admin\r\nINFO forged", "x".repeat(10_000))) {
			mvc.perform(masuk(username, "apa-saja", "192.0.2.77")).andExpect(unauthenticated()).andExpect(redirectedUrl("/masuk?gagal"));
		}
		// NUL and lone surrogates never get past the platform's input guard: a plain 400
		for (String username : List.of("adm\u0000in", "\uD800")) {
			mvc.perform(masuk(username, "apa-saja", "192.0.2.77")).andExpect(unauthenticated()).andExpect(status().isBadRequest());
		}
	}

	@Test
	void aStrangersGuessesDoNotLockTheOwnerOut() throws Exception {
		String username = staf.adminKominfo();
		for (int i = 0; i < 3 * properti.masuk().batasPerAlamat(); i++) {
			mvc.perform(masuk(username, "tebakan-" + i, "203.0.113.7")).andExpect(unauthenticated());
		}
		mvc.perform(masuk(username, StafUji.SANDI, "203.0.113.7")).andExpect(unauthenticated());
		mvc.perform(masuk(username, StafUji.SANDI, "198.51.100.20")).andExpect(authenticated().withUsername(username));
		// all of one IPv6 /64 counts as one address
		for (int i = 0; i < properti.masuk().batasPerAlamat(); i++) {
			mvc.perform(masuk(username, "tebakan-" + i, "2001:db8:1:2::" + (i + 1))).andExpect(unauthenticated());
		}
		mvc.perform(masuk(username, StafUji.SANDI, "2001:db8:1:2::ff")).andExpect(unauthenticated());
		mvc.perform(masuk(username, StafUji.SANDI, "2001:db8:1:3::1")).andExpect(authenticated());
	}

	@Test
	void eachPauseInARowLastsTwiceAsLong() throws Exception {
		String username = staf.adminKominfo();
		Duration pertama = jedaSetelahGagal(username);
		Duration kedua = jedaSetelahGagal(username);
		Duration ketiga = jedaSetelahGagal(username);
		assertThat(pertama).isBetween(properti.masuk().jedaAwal().minusSeconds(5), properti.masuk().jedaAwal());
		assertThat(kedua.toSeconds()).isBetween(2 * pertama.toSeconds() - 5, 2 * pertama.toSeconds() + 5);
		assertThat(ketiga.toSeconds()).isBetween(4 * pertama.toSeconds() - 5, 4 * pertama.toSeconds() + 5);
		// the right password ends the series
		ubahJedaKeMasaLalu(username);
		mvc.perform(masuk(username, StafUji.SANDI, "192.0.2.44")).andExpect(authenticated());
		assertThat(jedaSetelahGagal(username)).isEqualTo(pertama);
	}

	/** Failures from many addresses together pause the account everywhere, at a far higher ceiling. */
	@Test
	void manyAddressesTogetherHitTheAccountWideCeiling() throws Exception {
		String username = staf.adminKominfo();
		jdbc.sql("insert into akun.percobaan_masuk (username, alamat, gagal, diperbarui) values (?, '', ?, now())")
			.params(username, properti.masuk().batasPerAkun() - 1).update();
		mvc.perform(masuk(username, "tebakan", "192.0.2.100")).andExpect(unauthenticated());
		double sebelum = diperiksa();
		mvc.perform(masuk(username, StafUji.SANDI, "192.0.2.101")).andExpect(unauthenticated());
		assertThat(diperiksa()).isEqualTo(sebelum);
		assertThat(properti.masuk().batasPerAkun()).isGreaterThanOrEqualTo(10 * properti.masuk().batasPerAlamat());
	}

	private Duration jedaSetelahGagal(String username) throws Exception {
		ubahJedaKeMasaLalu(username);
		for (int i = 0; i < properti.masuk().batasPerAlamat(); i++) {
			mvc.perform(masuk(username, "tebakan-" + i, "192.0.2.44")).andExpect(unauthenticated());
		}
		Timestamp[] baris = jdbc.sql("select blokir_sampai, diperbarui from akun.percobaan_masuk where username = ? and alamat = '192.0.2.44'")
			.param(username).query((rs, i) -> new Timestamp[] { rs.getTimestamp(1), rs.getTimestamp(2) }).single();
		return Duration.between(baris[1].toInstant(), baris[0].toInstant());
	}

	/** Lets the current pause end, as if its time had passed (the series of pauses is kept). */
	private void ubahJedaKeMasaLalu(String username) {
		jdbc.sql("update akun.percobaan_masuk set blokir_sampai = now() - interval '1 second' where username = ? and blokir_sampai is not null")
			.param(username).update();
	}

	private static org.springframework.test.web.servlet.RequestBuilder masuk(String username, String sandi, String alamat) {
		return post("/masuk").param("username", username).param("password", sandi).with(csrf()).with(r -> {
			r.setRemoteAddr(alamat);
			return r;
		});
	}

	private HttpResponse<String> basic(HttpClient http, String username, String sandi) throws Exception {
		String kredensial = Base64.getEncoder().encodeToString((username + ":" + sandi).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/api-keys"))
			.header("Authorization", "Basic " + kredensial).build(), HttpResponse.BodyHandlers.ofString());
	}

	private double diperiksa() {
		return meter.get("kc.akun.sandi.diperiksa").counter().count();
	}
}
