package id.kotacerdas.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.kotacerdas.dokumen.TandaTanganPdf;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.PdfDariHtml;
import id.kotacerdas.platform.PekerjaanBerat;
import id.kotacerdas.platform.PermintaanDitolakException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BSrE API v2 adapter against a local server that plays BSrE: HTTP Basic client credentials,
 * {@code POST /api/v2/sign/pdf} with NIK, passphrase, a visible signature with the QR image and the
 * file in base64; it answers the PDF signed with its own certificate, or its refusal, or an outage.
 */
class PenandaTanganBsreTests {

	private static final String PENGGUNA = "esign-kupang";

	private static final String SANDI_KLIEN = "rahasia-klien-uji";

	private static final String NIK_LURAH = "5371011203800004";

	private static final String PASSPHRASE = "Passphrase#Benar1";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** The test server's own signing certificate, as BSrE signs with the signer's certificate it holds. */
	private static PenandaTanganLokal sertifikatBsre;

	private static byte[] pdf;

	private HttpServer server;

	private final AtomicInteger gangguanTersisa = new AtomicInteger();

	private final List<JsonNode> diterima = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void siapkan(@TempDir Path folder) {
		KotaProperties bsre = new KotaProperties("Balai Sertifikasi Elektronik Uji", "00", null, null, null, List.of());
		sertifikatBsre = new PenandaTanganLokal(SertifikatKota.muat(new DokumenProperties.Keystore(null, null, null), folder, bsre,
				Clock.systemUTC()), Clock.systemUTC());
		PekerjaanBerat satuUtas = new PekerjaanBerat(1, 1, Duration.ofSeconds(30));
		pdf = new PenyajiPdf(new StaticMessageSource(), new PdfDariHtml(satuUtas)).pdf("""
				<html xmlns:th="http://www.thymeleaf.org"><body><p th:text="${d.nomor}">1</p></body></html>""",
				Map.of("nomor", "470/5/Kel.NK-II/XII/2026"));
		satuUtas.destroy();
	}

	@BeforeEach
	void mulai() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext(PenandaTanganBsre.JALUR, this::layani);
		server.start();
	}

	@AfterEach
	void berhenti() {
		server.stop(0);
	}

	private void layani(HttpExchange x) throws IOException {
		try (x) {
			String harap = "Basic " + Base64.getEncoder().encodeToString((PENGGUNA + ":" + SANDI_KLIEN).getBytes(StandardCharsets.UTF_8));
			if (!"POST".equals(x.getRequestMethod()) || !harap.equals(x.getRequestHeaders().getFirst("Authorization"))) {
				jawab(x, 401, Map.of("status_code", 401, "error", "Unauthorized"));
				return;
			}
			JsonNode minta = JSON.readTree(x.getRequestBody().readAllBytes());
			diterima.add(minta);
			if (gangguanTersisa.getAndDecrement() > 0) {
				jawab(x, 503, Map.of("status", 503, "error", "Service Unavailable"));
				return;
			}
			if (!NIK_LURAH.equals(minta.path("nik").asString()) || !PASSPHRASE.equals(minta.path("passphrase").asString())) {
				jawab(x, 400, Map.of("status_code", 2031, "error", "Passphrase anda salah"));
				return;
			}
			byte[] berkas = Base64.getDecoder().decode(minta.path("file").path(0).asString());
			byte[] tertanda = sertifikatBsre.tandatangani(berkas, new PenandaTangan.Permintaan("BSrE", null, null,
					minta.path("signatureProperties").path(0).path("location").asString(), "uji", null));
			jawab(x, 200, Map.of("file", List.of(Base64.getEncoder().encodeToString(tertanda)), "id", "uji-1"));
		}
	}

	private static void jawab(HttpExchange x, int status, Object isi) throws IOException {
		byte[] b = JSON.writeValueAsBytes(isi);
		x.getResponseHeaders().set("Content-Type", "application/json");
		x.sendResponseHeaders(status, b.length);
		x.getResponseBody().write(b);
	}

	private PenandaTanganBsre adaptor(String sandiKlien) {
		return new PenandaTanganBsre(new DokumenProperties.Bsre("http://127.0.0.1:" + server.getAddress().getPort() + "/", PENGGUNA,
				sandiKlien, 2, Duration.ofSeconds(10)), JSON);
	}

	private static PenandaTangan.Permintaan permintaan(String passphrase) {
		return new PenandaTangan.Permintaan("Yohanes Ndun, S.STP.", NIK_LURAH, passphrase, "Kupang",
				"Surat Keterangan Domisili 470/5/Kel.NK-II/XII/2026", id.kotacerdas.platform.KodeQr.png("https://kupangkota.go.id/v/uji", 300));
	}

	@Test
	void signsWithNikAndPassphraseAndAVisibleSignatureCarryingTheQr() throws Exception {
		byte[] tertanda = adaptor(SANDI_KLIEN).tandatangani(pdf, permintaan(PASSPHRASE));

		TandaTanganPdf.Hasil ttd = TandaTanganPdf.periksa(tertanda);
		assertThat(ttd.sah()).isTrue();
		assertThat(ttd.penanda()).contains("Balai Sertifikasi Elektronik Uji");
		JsonNode minta = diterima.get(0);
		assertThat(minta.path("nik").asString()).isEqualTo(NIK_LURAH);
		JsonNode tampilan = minta.path("signatureProperties").path(0);
		assertThat(tampilan.path("tampilan").asString()).isEqualTo("VISIBLE");
		assertThat(tampilan.path("page").asInt()).isEqualTo(1);
		byte[] gambar = Base64.getDecoder().decode(tampilan.path("imageBase64").asString());
		assertThat(new String(gambar, 1, 3, StandardCharsets.US_ASCII)).as("the QR code as PNG").isEqualTo("PNG");
		assertThat(Base64.getDecoder().decode(minta.path("file").path(0).asString())).isEqualTo(pdf);
		Files.createDirectories(Path.of("target/dokumen"));
		Files.write(Path.of("target/dokumen/bsre-uji.pdf"), tertanda);
	}

	@Test
	void aWrongPassphraseIsRefusedInBsresOwnWords() {
		assertThatThrownBy(() -> adaptor(SANDI_KLIEN).tandatangani(pdf, permintaan("salah-ketik")))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
				assertThat(ex.kodePesan()).isEqualTo("dokumen.bsre.ditolak");
				assertThat(ex.argumen()).containsExactly("Passphrase anda salah");
			});
		assertThat(diterima).as("a refusal is not tried again").hasSize(1);
	}

	@Test
	void withoutAPassphraseNothingIsSent() {
		assertThatThrownBy(() -> adaptor(SANDI_KLIEN).tandatangani(pdf, permintaan(null)))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.kodePesan()).isEqualTo("dokumen.bsre.perlu-nik-sandi"));
		assertThat(diterima).isEmpty();
	}

	@Test
	void aPassingOutageIsTriedAgain() throws Exception {
		gangguanTersisa.set(1);
		byte[] tertanda = adaptor(SANDI_KLIEN).tandatangani(pdf, permintaan(PASSPHRASE));
		assertThat(TandaTanganPdf.periksa(tertanda).sah()).isTrue();
		assertThat(diterima).hasSize(2);
	}

	@Test
	void aLastingOutageAnswers503() {
		gangguanTersisa.set(10);
		assertThatThrownBy(() -> adaptor(SANDI_KLIEN).tandatangani(pdf, permintaan(PASSPHRASE)))
			.isInstanceOfSatisfying(CobaLagiNantiException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
		assertThat(diterima).as("tried as often as configured").hasSize(2);
	}

	@Test
	void anUnreachableServiceAnswers503() {
		server.stop(0);
		assertThatThrownBy(() -> adaptor(SANDI_KLIEN).tandatangani(pdf, permintaan(PASSPHRASE))).isInstanceOf(CobaLagiNantiException.class);
	}

	@Test
	void rejectedClientCredentialsAreTheCitysOutageNotTheSignersFault() {
		assertThatThrownBy(() -> adaptor("sandi-lama").tandatangani(pdf, permintaan(PASSPHRASE))).isInstanceOf(CobaLagiNantiException.class);
	}
}
