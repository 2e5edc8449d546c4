package id.kotacerdas.akun;

/** Staff roles. Spring Security authorities are {@code ROLE_} + the constant name. */
public enum Peran {

	/** Dinas Kominfo administrator and dispatcher: the whole city. */
	ADMIN_KOMINFO,

	/** Administrator (and head) of one agency: its teams, users and reports. */
	ADMIN_OPD,

	/** Officer of a rapid-response team (TRC) of one agency, optionally scoped to areas. */
	PETUGAS_TRC,

	/** Leadership: reads everything, changes nothing. */
	PIMPINAN;

	public String authority() {
		return "ROLE_" + name();
	}
}
