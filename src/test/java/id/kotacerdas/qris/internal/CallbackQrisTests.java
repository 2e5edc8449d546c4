package id.kotacerdas.qris.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.sun.net.httpserver.HttpServer;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.qris.NotifikasiPembayaran;
import id.kotacerdas.qris.PembayaranDiterima;
import tools.jackson.databind.ObjectMapper;

/**
 * The callback endpoint over real HTTP, as an acquirer's server calls it, and the status query
 * against a local JDK HTTP server playing the acquirer.
 */
@IntegrationTest
@RecordApplicationEvents
class CallbackQrisTests {

	private static final String RAHASIA = "rahasia-bank-uji-2026-kupang";

	@LocalServerPort
	int port;

	@Autowired
	PembayaranRepository repo;

	@Autowired
	ApplicationEvents peristiwa;

	@Autowired
	ObjectMapper json;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> kirim(String penyedia, String isi, String tanda) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/qris/callback/" + penyedia))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(isi));
		if (tanda != null) {
			b.header(PenyediaHmac.HEADER, tanda);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String tanda(String isi) {
		return PenyediaHmac.tanda(RAHASIA.getBytes(StandardCharsets.UTF_8), isi.getBytes(StandardCharsets.UTF_8));
	}

	private static String notifikasi(String id, long nominal) {
		return """
				{"idNotifikasi":"%s","referensi":"RET-OEBOBO-%s","nominal":%d,"waktu":"2026-12-02T09:15:00+08:00","nmid":"ID1026000000123"}"""
				.formatted(id, id, nominal);
	}

	/** Through MockMvc, so the request runs on the test's thread and its events are recorded. */
	private MvcResult kirimMvc(String isi) throws Exception {
		return mvc.perform(post("/qris/callback/bank-uji").contentType(MediaType.APPLICATION_JSON).content(isi).header(PenyediaHmac.HEADER, tanda(isi)))
				.andReturn();
	}

	@Test
	void pemberitahuanBertandaDisimpanSekaliDanDiumumkan() throws Exception {
		String id = "NTF-" + UUID.randomUUID();
		String isi = notifikasi(id, 25_000);

		MvcResult pertama = kirimMvc(isi);
		MvcResult ulang = kirimMvc(isi);
		HttpResponse<String> ulangLewatJaringan = kirim("bank-uji", isi, tanda(isi));

		assertThat(pertama.getResponse().getStatus()).isEqualTo(200);
		assertThat(ulang.getResponse().getStatus()).isEqualTo(200);
		assertThat(ulang.getResponse().getContentAsString()).isEqualTo(pertama.getResponse().getContentAsString());
		assertThat(ulangLewatJaringan.statusCode()).isEqualTo(200);
		assertThat(ulangLewatJaringan.body()).isEqualTo(pertama.getResponse().getContentAsString());
		assertThat(repo.jumlah("bank-uji", id)).isEqualTo(1);
		assertThat(peristiwa.stream(PembayaranDiterima.class).filter(p -> p.referensi().equals("RET-OEBOBO-" + id)))
				.containsExactly(new PembayaranDiterima("bank-uji", "RET-OEBOBO-" + id, 25_000, Instant.parse("2026-12-02T01:15:00Z"), "ID1026000000123"));
	}

	@Test
	void tandaSalahDitolakTanpaMenyimpan() throws Exception {
		String id = "NTF-" + UUID.randomUUID();
		String isi = notifikasi(id, 10_000);
		String lain = notifikasi(id, 99_000);

		assertThat(kirim("bank-uji", isi, tanda(lain)).statusCode()).isEqualTo(401);
		assertThat(kirim("bank-uji", isi, null).statusCode()).isEqualTo(401);
		assertThat(kirim("bank-uji", isi, "zz").statusCode()).isEqualTo(401);
		assertThat(repo.jumlah("bank-uji", id)).isZero();
		assertThat(peristiwa.stream(PembayaranDiterima.class).filter(p -> p.referensi().equals("RET-OEBOBO-" + id))).isEmpty();
	}

	@Test
	void nomorSamaIsiLainBentrok() throws Exception {
		String id = "NTF-" + UUID.randomUUID();
		String isi = notifikasi(id, 5_000);
		String ubah = notifikasi(id, 6_000);
		assertThat(kirim("bank-uji", isi, tanda(isi)).statusCode()).isEqualTo(200);
		assertThat(kirim("bank-uji", ubah, tanda(ubah)).statusCode()).isEqualTo(409);
		assertThat(repo.jumlah("bank-uji", id)).isEqualTo(1);
	}

	@Test
	void penyediaTakDikenalDanIsiRusak() throws Exception {
		String isi = notifikasi("NTF-" + UUID.randomUUID(), 5_000);
		assertThat(kirim("bank-lain", isi, tanda(isi)).statusCode()).isEqualTo(404);
		String rusak = "{\"idNotifikasi\":\"x\",\"nominal\":12.5}";
		assertThat(kirim("bank-uji", rusak, tanda(rusak)).statusCode()).isEqualTo(400);
	}

	@Test
	void statusDitanyakanKePenyedia() throws Exception {
		String jawaban = notifikasi("NTF-STATUS-1", 75_000);
		HttpServer bank = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		bank.createContext("/status/", t -> {
			String ref = t.getRequestURI().getPath().substring("/status/".length());
			// the bank answers only requests signed with the shared secret
			boolean sah = tanda(ref).equals(t.getRequestHeaders().getFirst(PenyediaHmac.HEADER));
			byte[] isi = jawaban.getBytes(StandardCharsets.UTF_8);
			if (!sah) {
				t.sendResponseHeaders(401, -1);
			}
			else if (ref.equals("RET-OEBOBO-NTF-STATUS-1")) {
				t.getResponseHeaders().add(PenyediaHmac.HEADER, tanda(jawaban));
				t.sendResponseHeaders(200, isi.length);
				t.getResponseBody().write(isi);
			}
			else if (ref.equals("PALSU")) {
				t.getResponseHeaders().add(PenyediaHmac.HEADER, tanda("lain"));
				t.sendResponseHeaders(200, isi.length);
				t.getResponseBody().write(isi);
			}
			else {
				t.sendResponseHeaders(404, -1);
			}
			t.close();
		});
		bank.start();
		try {
			PenyediaHmac p = new PenyediaHmac(
					new QrisProperties.Penyedia("bank-uji", RAHASIA, "http://127.0.0.1:" + bank.getAddress().getPort() + "/status/"), json, http);

			NotifikasiPembayaran n = p.tanyaStatus("RET-OEBOBO-NTF-STATUS-1").orElseThrow();
			assertThat(n.nominal()).isEqualTo(75_000);
			assertThat(n.idNotifikasi()).isEqualTo("NTF-STATUS-1");
			assertThat(p.tanyaStatus("RET-TIDAK-ADA")).isEmpty();
			assertThatThrownBy(() -> p.tanyaStatus("PALSU")).isInstanceOf(CobaLagiNantiException.class);
			PenyediaHmac salahRahasia = new PenyediaHmac(
					new QrisProperties.Penyedia("bank-uji", "rahasia-lain-yang-panjang", "http://127.0.0.1:" + bank.getAddress().getPort() + "/status/"), json,
					http);
			assertThatThrownBy(() -> salahRahasia.tanyaStatus("RET-OEBOBO-NTF-STATUS-1")).isInstanceOf(CobaLagiNantiException.class);
		}
		finally {
			bank.stop(0);
		}
	}
}
