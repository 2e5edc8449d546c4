package id.kotacerdas.akun;

import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;

/**
 * A staff member as other modules see them, and the one place that says what they may see and do.
 * A controller gets the signed-in one as a handler parameter ({@code String halaman(Staf staf)}).
 *
 * <p>Reading: Kominfo administrators and leadership see the whole city, everyone else their own
 * agency ({@link #bolehMelihat}, {@link #lingkupOpd}). Acting: Kominfo administrators on anything,
 * agency administrators and officers on their own agency's things, leadership on nothing, ordinary
 * employees ({@link Peran#PEGAWAI}) on none of the agency's things, only their own
 * ({@link #berwenangAtas}); administering (registers, teams, verification) is for Kominfo and the
 * agency's own administrator ({@link #adminAtas}). Whoever may act may see; whoever administers
 * may act. An inactive account, or one of an inactive agency, may see and do nothing.
 *
 * @param opdId the agency (null for Kominfo administrators and leadership, who see the whole city)
 * @param timId the TRC team (officers only)
 * @param nip the employee this account belongs to, if known: how the personnel records find it
 * @param aktif false when the account or its agency is deactivated
 */
public record Staf(long id, String username, String nama, String email, Peran peran, Long opdId, Long timId, Nip nip,
		boolean aktif) {

	/**
	 * What {@link #lingkupOpd()} gives someone who may see nothing: no agency has it (their ids count
	 * from 1), so a list filtered by it is empty.
	 */
	public static final long TANPA_LINGKUP = -1;

	/** Whether this person may see what agency {@code opdId} owns (null: city-wide things). */
	public boolean bolehMelihat(Long opdId) {
		return seluruhKota() || (melayani() && opdId != null && opdId.equals(this.opdId));
	}

	/**
	 * The agency filter of every list this person reads: null for the whole city (Kominfo and
	 * leadership), else their own agency, or {@link #TANPA_LINGKUP} when they may see nothing.
	 */
	public Long lingkupOpd() {
		if (seluruhKota()) {
			return null;
		}
		return melayani() && opdId != null ? opdId : TANPA_LINGKUP;
	}

	/** Whether this person may change anything at all (leadership only reads). */
	public boolean bolehMengubah() {
		return aktif && peran != Peran.PIMPINAN;
	}

	/** Whether this person may act on something owned by agency {@code opdId} (null: city-wide things). */
	public boolean berwenangAtas(Long opdId) {
		return adminKota() || (bolehMengubah() && melayani() && opdId != null && opdId.equals(this.opdId));
	}

	/**
	 * Whether this person administers agency {@code opdId}: a Kominfo administrator (any agency, and
	 * city-wide things where {@code opdId} is null) or that agency's own administrator.
	 */
	public boolean adminAtas(Long opdId) {
		return adminKota() || (aktif && peran == Peran.ADMIN_OPD && opdId != null && opdId.equals(this.opdId));
	}

	/** Whether this person administers the whole city: agencies, routing between them (the dispatcher), every register. */
	public boolean adminKota() {
		return aktif && peran == Peran.ADMIN_KOMINFO;
	}

	/**
	 * Whether this person may create or change an account with the given role in the given agency:
	 * Kominfo administrators any, agency administrators only officers, employees and administrators of their own agency.
	 */
	public boolean bolehKelolaAkun(Long opdIdAkun, Peran peranAkun) {
		return adminKota() || (adminAtas(opdIdAkun)
				&& (peranAkun == Peran.ADMIN_OPD || peranAkun == Peran.PETUGAS_TRC || peranAkun == Peran.PEGAWAI));
	}

	/**
	 * Whether this person works their agency's services. An ordinary employee ({@link Peran#PEGAWAI})
	 * belongs to an agency but sees none of its things: only their own, on the pages made for them.
	 */
	private boolean melayani() {
		return aktif && peran != Peran.PEGAWAI;
	}

	private boolean seluruhKota() {
		return aktif && peran.seluruhKota();
	}
}
