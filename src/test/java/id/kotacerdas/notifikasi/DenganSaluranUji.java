package id.kotacerdas.notifikasi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.ServerUji;

/**
 * The application with real channels to test against: SMTP configured on a local port where
 * nothing listens until a test starts GreenMail there, two HTTP gateways (WhatsApp with a JSON
 * body and a token header, SMS with a form body) on {@link ServerUji}, and the development log
 * listed for {@code email} (which has its real channel here, so the log must not take it) and
 * {@code telegram} (which has none), and the inbound SMS gateway's secret. The scheduled sender is kept out of the way: tests send
 * themselves. Test classes extending this share one application context.
 */
@IntegrationTest
public abstract class DenganSaluranUji {

	/** The SMTP port; closed until a test starts GreenMail on it. */
	protected static final int PORT_SMTP = portBebas();

	protected static final ServerUji GATEWAY = new ServerUji();

	/** The WhatsApp gateway's token, as a city would take it from an environment variable. */
	protected static final String TOKEN = "Bearer token-uji-7c1e";

	/** The secret the inbound SMS gateway signs its callbacks with ({@code kc.sms.rahasia}). */
	protected static final String RAHASIA_SMS = "rahasia-gateway-sms-5371";

	@DynamicPropertySource
	static void saluran(DynamicPropertyRegistry r) {
		r.add("spring.mail.host", () -> "127.0.0.1");
		r.add("spring.mail.port", () -> PORT_SMTP);
		r.add("kc.notifikasi.interval-kirim", () -> "1h");
		r.add("kc.notifikasi.saluran-log", () -> "email, telegram");
		r.add("kc.notifikasi.gateway[0].nama", () -> "whatsapp");
		r.add("kc.notifikasi.gateway[0].url", () -> GATEWAY.url("/send"));
		r.add("kc.notifikasi.gateway[0].header.Authorization", () -> TOKEN);
		r.add("kc.notifikasi.gateway[0].jenis-isi", () -> "json");
		r.add("kc.notifikasi.gateway[0].isi", () -> "{\"target\": \"{tujuan}\", \"message\": \"*{subjek}*\\n{isi}\", \"countryCode\": \"62\"}");
		r.add("kc.notifikasi.gateway[0].tanda-gagal", () -> "\"status\"\\s*:\\s*false");
		r.add("kc.notifikasi.gateway[1].nama", () -> "sms");
		r.add("kc.notifikasi.gateway[1].url", () -> GATEWAY.url("/api/sendsms/?userkey=kunci-uji"));
		r.add("kc.notifikasi.gateway[1].header.X-Api-Key", () -> "rahasia-sms");
		r.add("kc.notifikasi.gateway[1].jenis-isi", () -> "form");
		r.add("kc.notifikasi.gateway[1].isi", () -> "nohp={tujuan}&pesan={isi}");
		r.add("kc.notifikasi.gateway[1].batas-waktu", () -> "3s");
		r.add("kc.sms.rahasia", () -> RAHASIA_SMS);
	}

	private static int portBebas() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
