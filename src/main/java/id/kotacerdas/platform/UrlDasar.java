package id.kotacerdas.platform;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public base URL for links that leave the request (e-mails, Open311 discovery):
 * {@code kc.url-dasar} ({@code KC_URL_DASAR}) when set, else the address this server actually
 * listens on, so a server started on another port still sends links that work.
 */
public class UrlDasar implements ApplicationListener<WebServerInitializedEvent> {

	private final String dikonfigurasi;

	private final Environment env;

	private volatile String dariServer;

	UrlDasar(String dikonfigurasi, Environment env) {
		this.dikonfigurasi = dikonfigurasi == null || dikonfigurasi.isBlank() ? null : tanpaGarisAkhir(dikonfigurasi.strip());
		this.env = env;
		this.dariServer = alamat(env.getProperty("server.port", Integer.class, 8080));
	}

	/** The configured URL, else the listening address; never ends with {@code /}. */
	public String nilai() {
		return dikonfigurasi != null ? dikonfigurasi : dariServer;
	}

	/**
	 * The configured URL, else the address the current request reached us at (behind a proxy that
	 * forwards its headers: the public one). For answers to a request; links sent later use {@link #nilai()}.
	 */
	public String dariPermintaan() {
		return dikonfigurasi != null ? dikonfigurasi
				: tanpaGarisAkhir(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// the management server, when on its own port, has a namespace; links point at the main one
		if (event.getApplicationContext().getServerNamespace() == null) {
			dariServer = alamat(event.getWebServer().getPort());
		}
	}

	private String alamat(int port) {
		String host = env.getProperty("server.address", "");
		if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
			host = "localhost";
		}
		else if (host.contains(":")) {
			host = "[" + host + "]";
		}
		boolean tls = env.getProperty("server.ssl.enabled", Boolean.class, false);
		String skema = tls ? "https" : "http";
		boolean bawaan = (tls && port == 443) || (!tls && port == 80);
		return tanpaGarisAkhir(skema + "://" + host + (bawaan ? "" : ":" + port) + env.getProperty("server.servlet.context-path", ""));
	}

	public static String tanpaGarisAkhir(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
