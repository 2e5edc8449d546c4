package id.kotacerdas.satudata.internal.ckan;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.platform.AksesPublik;

/** Harvesters read the catalogue anonymously; the Action API takes POSTed JSON from tools without a CSRF token. */
@Component
class AksesCkan implements AksesPublik {

	private static final List<String> API = List.of("/api/3/action/**", "/api/action/**");

	@Override
	public List<String> terbuka() {
		return List.of("/api/3/action/**", "/api/action/**", "/catalog.jsonld", "/catalog.ttl");
	}

	@Override
	public List<String> tanpaCsrf() {
		return API;
	}
}
