package id.kotacerdas.akun;

/**
 * A signed-in staff member as other modules see them.
 *
 * @param opdId the agency (null for Kominfo administrators and leadership, who see the whole city)
 * @param timId the TRC team (officers only)
 */
public record Staf(long id, String username, String nama, String email, Peran peran, Long opdId, Long timId) {

	public boolean seluruhKota() {
		return peran == Peran.ADMIN_KOMINFO || peran == Peran.PIMPINAN;
	}

	public boolean bolehMengubah() {
		return peran != Peran.PIMPINAN;
	}

	/**
	 * Whether this person may create or change an account with the given role in the given agency:
	 * Kominfo administrators any, agency administrators only officers and administrators of their own agency.
	 */
	public boolean bolehKelolaAkun(Long opdIdAkun, Peran peranAkun) {
		return switch (peran) {
			case ADMIN_KOMINFO -> true;
			case ADMIN_OPD -> opdId != null && opdId.equals(opdIdAkun)
					&& (peranAkun == Peran.ADMIN_OPD || peranAkun == Peran.PETUGAS_TRC);
			default -> false;
		};
	}

	/**
	 * Whether this person administers agency {@code opdId}: a Kominfo administrator (any agency, and
	 * city-wide things where {@code opdId} is null) or that agency's own administrator.
	 */
	public boolean adminAtas(Long opdId) {
		return peran == Peran.ADMIN_KOMINFO || (peran == Peran.ADMIN_OPD && opdId != null && opdId.equals(this.opdId));
	}

	/** Whether this person may act on something owned by agency {@code opdId}. */
	public boolean berwenangAtas(Long opdId) {
		return peran == Peran.ADMIN_KOMINFO || (opdId != null && opdId.equals(this.opdId) && peran != Peran.PIMPINAN);
	}
}
