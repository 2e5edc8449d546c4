package id.kotacerdas.notifikasi.internal;

import id.kotacerdas.notifikasi.Saluran;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * A WhatsApp or SMS gateway reached over HTTP (Fonnte, Wablas, Zenziva and the like), as a city
 * configures it in {@code kc.notifikasi.gateway}: URL, method, headers and a body template. An
 * answer other than 2xx, or a 2xx answer matching {@code tanda-gagal}, is a failed attempt that the
 * outbox retries.
 */
final class SaluranGateway implements Saluran {

	private static final Pattern PENANDA = Pattern.compile("\\{(tujuan|subjek|isi)\\}");

	/** Characters a phone number is often written with that no gateway wants: spaces, dashes, dots, brackets. */
	private static final Pattern PEMISAH_TELEPON = Pattern.compile("[\\s\\-.()]");

	/** How much of a refusing answer the delivery record keeps. */
	private static final int CUPLIKAN_JAWABAN = 200;

	private final NotifikasiProperties.Gateway gateway;

	private final Pattern tandaGagal;

	private final HttpClient http;

	SaluranGateway(NotifikasiProperties.Gateway gateway) {
		this.gateway = gateway;
		this.tandaGagal = gateway.tandaGagal().isEmpty() ? null : Pattern.compile(gateway.tandaGagal());
		this.http = HttpClient.newBuilder().connectTimeout(gateway.batasWaktu()).followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1).build();
	}

	@Override
	public String nama() {
		return gateway.nama();
	}

	/**
	 * A real SMS gateway gets the text in numbered parts of at most 160 characters, one request each;
	 * when a later part fails the retry sends every part again (a repeated part beats a lost one).
	 */
	@Override
	public void kirim(String tujuan, String subjek, String isi) throws IOException, InterruptedException {
		for (String bagian : gateway.sms() ? PecahSms.bagian(isi) : List.of(isi)) {
			kirimSatu(tujuan, subjek, bagian);
		}
	}

	private void kirimSatu(String tujuan, String subjek, String isi) throws IOException, InterruptedException {
		Map<String, String> nilai = Map.of("tujuan", nomor(tujuan), "subjek", subjek, "isi", isi);
		UnaryOperator<String> url = v -> URLEncoder.encode(v, StandardCharsets.UTF_8);
		HttpRequest.Builder permintaan = HttpRequest.newBuilder(URI.create(isikan(gateway.url().toString(), nilai, url)))
			.timeout(gateway.batasWaktu());
		gateway.header().forEach(permintaan::header);
		if ("GET".equalsIgnoreCase(gateway.metode())) {
			permintaan.GET();
		}
		else {
			boolean json = gateway.jenisIsi() == NotifikasiProperties.JenisIsi.JSON;
			if (gateway.header().keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
				permintaan.header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
			}
			String badan = isikan(gateway.isi(), nilai, json ? v -> new String(JsonStringEncoder.getInstance().quoteAsCharArray(v)) : url);
			permintaan.method(gateway.metode().toUpperCase(java.util.Locale.ROOT),
					HttpRequest.BodyPublishers.ofString(badan, StandardCharsets.UTF_8));
		}
		HttpResponse<String> jawaban = http.send(permintaan.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String badan = jawaban.body() == null ? "" : jawaban.body();
		if (jawaban.statusCode() / 100 != 2 || (tandaGagal != null && tandaGagal.matcher(badan).find())) {
			throw new IOException("gateway " + gateway.nama() + " answered HTTP " + jawaban.statusCode() + ": "
					+ badan.substring(0, Math.min(CUPLIKAN_JAWABAN, badan.length())));
		}
	}

	/** The placeholders replaced in one pass, so a value that itself reads "{isi}" stays as it is. */
	static String isikan(String templat, Map<String, String> nilai, UnaryOperator<String> sandi) {
		Matcher m = PENANDA.matcher(templat);
		return m.replaceAll(hasil -> Matcher.quoteReplacement(sandi.apply(nilai.get(hasil.group(1)))));
	}

	/** A phone number as gateways take it: {@code +62 812-3456-789} → {@code 628123456789}. */
	static String nomor(String tujuan) {
		String angka = PEMISAH_TELEPON.matcher(tujuan).replaceAll("");
		return angka.startsWith("+") ? angka.substring(1) : angka;
	}
}
