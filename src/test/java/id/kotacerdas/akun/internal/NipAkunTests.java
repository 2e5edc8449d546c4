package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;

/**
 * A staff account's NIP: optional, checked as a NIP, stored as its 18 digits, one account per NIP,
 * and handed to other modules on {@link Staf} so the personnel records can find the account.
 */
@IntegrationTest
class NipAkunTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AkunStaf akun;

	@Test
	void aNipTypedAsPrintedIsStoredAsItsDigitsShownOnTheFormAndOnStaf() throws Exception {
		String nip = nipBaru();
		String dicetak = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
		String username = "kepala.nip." + URUT.incrementAndGet();
		long bpbd = staf.opdId("BPBD");
		mvc.perform(post("/admin/akun/pengguna/baru").with(kominfo()).with(csrf()).param("username", username).param("nama", "Kepala BPBD")
			.param("peran", "ADMIN_OPD").param("opdId", String.valueOf(bpbd)).param("nip", dicetak).param("kataSandi", "cukup-panjang-123"))
			.andExpect(status().isFound());

		assertThat(nipDi(username)).isEqualTo(nip);
		long id = idPengguna(username);
		Document formulir = halaman(get("/admin/akun/pengguna/{id}", id), 200);
		assertThat(formulir.getElementById("nip").val()).isEqualTo(nip);
		assertThat(formulir.select("label[for=nip]").text()).isEqualTo("NIP (bila ASN)");
		assertThat(akun.adminOpd(bpbd)).filteredOn(s -> s.username().equals(username)).singleElement()
			.extracting(Staf::nip).isEqualTo(new Nip(nip));

		// emptied, it is gone: the account belongs to no employee
		mvc.perform(post("/admin/akun/pengguna/{id}", id).with(kominfo()).with(csrf()).param("nama", "Kepala BPBD").param("peran", "ADMIN_OPD")
			.param("opdId", String.valueOf(bpbd)).param("nip", " ").param("aktif", "true")).andExpect(status().isFound());
		assertThat(nipDi(username)).isEmpty();
	}

	@Test
	void aWrongNipIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
		String username = "nip.salah." + URUT.incrementAndGet();
		// 18 digits, but born in month 13
		Document formulir = halaman(post("/admin/akun/pengguna/baru").param("username", username).param("nama", "Salah NIP")
			.param("peran", "PIMPINAN").param("nip", "197813142005011003").param("kataSandi", "cukup-panjang-123"), 400);
		assertThat(formulir.getElementById("galat-nip").text()).startsWith("Bukan NIP yang sah");
		assertThat(formulir.getElementById("nip").val()).isEqualTo("197813142005011003");
		assertThat(formulir.getElementById("nip").attr("aria-invalid")).isEqualTo("true");
		FormulirAdminTests.tanpaNamaInternal(formulir);
		assertThat(jdbc.sql("select count(*) from akun.pengguna where username = ?").param(username).query(Integer.class).single()).isZero();

		Document english = halaman(post("/admin/akun/pengguna/baru").param("lang", "en").param("username", username).param("nama", "Wrong NIP")
			.param("peran", "PIMPINAN").param("nip", "12345").param("kataSandi", "cukup-panjang-123"), 400);
		assertThat(english.getElementById("galat-nip").text()).startsWith("Not a valid NIP");
		assertThat(english.select("label[for=nip]").text()).isEqualTo("NIP (civil servants)");
	}

	@Test
	void oneNipNamesOneAccount() throws Exception {
		String nip = nipBaru();
		String pertama = staf.pengguna(Peran.PIMPINAN, null, null);
		jdbc.sql("update akun.pengguna set nip = ? where username = ?").params(nip, pertama).update();
		String kedua = staf.pengguna(Peran.PIMPINAN, null, null);

		Document formulir = halaman(post("/admin/akun/pengguna/{id}", idPengguna(kedua)).param("nama", "Orang lain").param("peran", "PIMPINAN")
			.param("nip", nip).param("aktif", "true"), 409);
		assertThat(formulir.getElementById("galat-nip").text()).isEqualTo("NIP " + nip + " sudah tercatat pada akun lain.");
		assertThat(nipDi(kedua)).isEmpty();

		// saving the account that has it keeps it
		mvc.perform(post("/admin/akun/pengguna/{id}", idPengguna(pertama)).with(kominfo()).with(csrf()).param("nama", "Pemilik NIP")
			.param("peran", "PIMPINAN").param("nip", nip).param("aktif", "true")).andExpect(status().isFound());
		assertThat(nipDi(pertama)).isEqualTo(nip);
	}

	/** A real NIP no account has yet: born on a day of January 1980, appointed in January 2005, a free sequence number. */
	private String nipBaru() {
		for (int i = 0;; i++) {
			String nip = "198001%02d2005011%03d".formatted(1 + i % 28, 1 + i / 28);
			if (jdbc.sql("select count(*) from akun.pengguna where nip = ?").param(nip).query(Integer.class).single() == 0) {
				return nip;
			}
		}
	}

	/** The stored NIP, or empty. */
	private String nipDi(String username) {
		return jdbc.sql("select coalesce(nip, '') from akun.pengguna where username = ?").param(username).query(String.class).single();
	}

	private long idPengguna(String username) {
		return jdbc.sql("select id from akun.pengguna where username = ?").param(username).query(Long.class).single();
	}

	private RequestPostProcessor kominfo() {
		return user(staf.adminKominfo()).roles("ADMIN_KOMINFO");
	}

	private Document halaman(MockHttpServletRequestBuilder permintaan, int status) throws Exception {
		return Jsoup.parse(mvc.perform(permintaan.with(kominfo()).with(csrf())).andExpect(status().is(status))
			.andReturn().getResponse().getContentAsString());
	}
}
