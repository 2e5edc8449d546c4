package id.kotacerdas.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * Staff roles, known to every module (accounts live in {@code akun}). Spring Security authorities
 * are {@code ROLE_} + the constant name. {@code @PreAuthorize} expressions, which an annotation can
 * only give as a constant text, are the ready {@link Akses} constants built from {@link Nama};
 * {@code PeranTests} checks that those agree with the enum constants.
 */
public enum Peran {

	/** Dinas Kominfo administrator and dispatcher: the whole city. */
	ADMIN_KOMINFO,

	/** Administrator (and head) of one agency: its teams, users and reports. */
	ADMIN_OPD,

	/** Officer of a rapid-response team (TRC) of one agency, optionally scoped to areas. */
	PETUGAS_TRC,

	/** Leadership: reads everything, changes nothing. */
	PIMPINAN,

	/**
	 * An ordinary employee of one agency (linked to their personnel record by NIP): their own record
	 * and daily work reports, nothing of the agency's worklists or registers.
	 */
	PEGAWAI;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether the role covers the whole city: its holders belong to no agency. */
	public boolean seluruhKota() {
		return this == ADMIN_KOMINFO || this == PIMPINAN;
	}

	/** The roles that work the city's services (worklists, registers, menus of the agencies): all but {@link #PEGAWAI}. */
	public static Set<Peran> staf() {
		return EnumSet.complementOf(EnumSet.of(PEGAWAI));
	}

	/** Each role's name as a compile-time constant, for annotations. */
	public static final class Nama {

		public static final String ADMIN_KOMINFO = "ADMIN_KOMINFO";

		public static final String ADMIN_OPD = "ADMIN_OPD";

		public static final String PETUGAS_TRC = "PETUGAS_TRC";

		public static final String PIMPINAN = "PIMPINAN";

		public static final String PEGAWAI = "PEGAWAI";

		private Nama() {
		}
	}

	/** Who may open a page or call an endpoint: {@code @PreAuthorize(Peran.Akses.ADMIN)}. */
	public static final class Akses {

		/** Every staff member working the city's services (not the ordinary employee, {@link Peran#PEGAWAI}). */
		public static final String STAF = "hasAnyRole('" + Nama.ADMIN_KOMINFO + "','" + Nama.ADMIN_OPD + "','" + Nama.PETUGAS_TRC
				+ "','" + Nama.PIMPINAN + "')";

		/** Administrators of the city and of agencies: they keep registers and accounts. */
		public static final String ADMIN = "hasAnyRole('" + Nama.ADMIN_KOMINFO + "','" + Nama.ADMIN_OPD + "')";

		/** Administrators and leadership: overviews, reports, statistics (not officers). */
		public static final String ADMIN_DAN_PIMPINAN = "hasAnyRole('" + Nama.ADMIN_KOMINFO + "','" + Nama.ADMIN_OPD + "','"
				+ Nama.PIMPINAN + "')";

		/**
		 * Every signed-in account, ordinary employees included: pages that show a person their own
		 * things (their personnel record, their daily reports, the reports they approve).
		 */
		public static final String SEMUA_PEGAWAI = "hasAnyRole('" + Nama.ADMIN_KOMINFO + "','" + Nama.ADMIN_OPD + "','"
				+ Nama.PETUGAS_TRC + "','" + Nama.PIMPINAN + "','" + Nama.PEGAWAI + "')";

		/** Kominfo administrators only: city-wide settings. */
		public static final String KOMINFO = "hasRole('" + Nama.ADMIN_KOMINFO + "')";

		/** Kominfo administrators and leadership: the city's own records. */
		public static final String KOMINFO_DAN_PIMPINAN = "hasAnyRole('" + Nama.ADMIN_KOMINFO + "','" + Nama.PIMPINAN + "')";

		private Akses() {
		}
	}
}
