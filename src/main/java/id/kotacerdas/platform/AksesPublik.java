package id.kotacerdas.platform;

import java.util.List;

/**
 * A module declares here which of its addresses anyone may use, and which are machine APIs
 * that authenticate by other means (API key, device id) and so take no CSRF token. The
 * security configuration collects every bean of this type; everything not named needs a
 * staff login.
 */
public interface AksesPublik {

	/** Ant-style path patterns open to anonymous users, e.g. {@code /api/wilayah/**}. */
	List<String> terbuka();

	/** Patterns of machine endpoints exempt from CSRF protection. */
	default List<String> tanpaCsrf() {
		return List.of();
	}
}
