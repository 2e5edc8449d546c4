package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A visitor over plain HTTP, as a browser without JavaScript: its own cookie jar (session,
 * language), no automatic redirects, and a sign-in through the real login form with its CSRF
 * token. Tests that must see what the server really sends (error pages, redirects) use it instead
 * of MockMvc.
 */
public final class Pengunjung {

	private static final Duration BATAS_WAKTU = Duration.ofSeconds(30);

	private final String asal;

	private final HttpClient http;

	/** @param asal e.g. {@code http://localhost:8080} */
	public Pengunjung(String asal) {
		this.asal = asal;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(BATAS_WAKTU)
			.build();
	}

	public String asal() {
		return asal;
	}

	/**
	 * One answer. {@code teks} is the body for text types (HTML, JSON, XML, CSS, JS), else null;
	 * {@code ms} the time until the whole body arrived.
	 */
	public record Respons(int status, long ms, String lokasi, String jenis, String teks) {

		public boolean html() {
			return teks != null && jenis.startsWith("text/html");
		}
	}

	/** Signs in through the login form (every field it has, CSRF token included) and checks the dashboard opens. */
	public void masuk(String username, String sandi) {
		Respons halaman = ambil(asal + "/masuk");
		Element form = Jsoup.parse(halaman.teks(), asal + "/masuk").selectFirst("form:has(input[name=password])");
		assertThat(form).as("login form").isNotNull();
		Map<String, String> isian = isianForm(form);
		isian.put("username", username);
		isian.put("password", sandi);
		HttpResponse<String> jawab = kirim(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(kueri(isian))), HttpResponse.BodyHandlers.ofString());
		assertThat(jawab.statusCode()).as("login of %s", username).isEqualTo(302);
		assertThat(jawab.headers().firstValue("Location").orElse("")).as("login of %s", username).doesNotContain("gagal");
		assertThat(ambil(asal + "/staf").status()).as("dashboard of %s after login", username).isEqualTo(200);
	}

	/** GET of an absolute URL, or of a path on this server. */
	public Respons ambil(String url) {
		String alamat = url.startsWith("/") ? asal + url : url;
		long mulai = System.nanoTime();
		HttpResponse<InputStream> jawab = kirim(HttpRequest.newBuilder(URI.create(alamat))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET(), HttpResponse.BodyHandlers.ofInputStream());
		String jenis = jawab.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
		String teks = null;
		try (InputStream badan = jawab.body()) {
			// a stream of server-sent events never ends; its headers are the answer
			if (!jenis.startsWith("text/event-stream")) {
				byte[] isi = badan.readAllBytes();
				if (teksual(jenis)) {
					teks = new String(isi, StandardCharsets.UTF_8);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(alamat, ex);
		}
		long ms = (System.nanoTime() - mulai) / 1_000_000;
		return new Respons(jawab.statusCode(), ms, jawab.headers().firstValue("Location").orElse(null), jenis, teks);
	}

	/** A form's values as the browser would send them untouched: defaults, checked boxes, the selected or first choice. */
	public static Map<String, String> isianForm(Element form) {
		Map<String, String> isian = new LinkedHashMap<>();
		for (Element el : form.select("input[name], select[name], textarea[name]")) {
			String jenis = el.attr("type").toLowerCase(Locale.ROOT);
			if (el.hasAttr("disabled") || Set.of("submit", "button", "file", "image", "reset").contains(jenis)
					|| (Set.of("checkbox", "radio").contains(jenis) && !el.hasAttr("checked"))) {
				continue;
			}
			String nilai = switch (el.tagName()) {
				case "select" -> {
					Element pilihan = el.selectFirst("option[selected]");
					pilihan = pilihan == null ? el.selectFirst("option") : pilihan;
					yield pilihan == null ? "" : nilaiPilihan(pilihan);
				}
				case "textarea" -> el.text();
				default -> Set.of("checkbox", "radio").contains(jenis) && !el.hasAttr("value") ? "on" : el.attr("value");
			};
			isian.putIfAbsent(el.attr("name"), nilai);
		}
		return isian;
	}

	public static String nilaiPilihan(Element option) {
		return option.hasAttr("value") ? option.attr("value") : option.text();
	}

	/** {@code a=1&b=x%20y}, as a form is encoded. */
	public static String kueri(Map<String, String> isian) {
		return isian.entrySet().stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static boolean teksual(String jenis) {
		return jenis.startsWith("text/") || jenis.contains("json") || jenis.contains("xml") || jenis.contains("javascript");
	}

	/** Any request with this visitor's cookies (a stream of events, another instance behind the same host). */
	public <T> HttpResponse<T> kirim(HttpRequest.Builder permintaan, HttpResponse.BodyHandler<T> badan) {
		try {
			return http.send(permintaan.timeout(BATAS_WAKTU).build(), badan);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
