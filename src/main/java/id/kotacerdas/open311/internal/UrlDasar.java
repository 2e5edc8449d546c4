package id.kotacerdas.open311.internal;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The site's public base URL: configured, or else as the current request reached us. */
final class UrlDasar {

	private UrlDasar() {
	}

	static String dari(Open311Properties properti) {
		return tanpaGarisAkhir(properti.urlDasar().isBlank()
				? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : properti.urlDasar());
	}

	static String tanpaGarisAkhir(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
