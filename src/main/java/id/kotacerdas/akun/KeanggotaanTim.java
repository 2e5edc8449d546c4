package id.kotacerdas.akun;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * TRC team membership for other modules (the personnel module offers the employees of an agency's
 * organisation tree): accounts are found by their employee's NIP, and every change is checked
 * against the acting person's rights and audited here, as on the account pages.
 */
public interface KeanggotaanTim {

	/** The agency's TRC teams. */
	List<TimTrc> timOpd(long opdId);

	/** The accounts (active or not) that belong to these employees, by NIP (18 digits). */
	Map<String, Staf> akunPegawai(Collection<String> nip);

	/**
	 * Makes the account a member of team {@code timId} of its agency (as a TRC officer) or, with
	 * null, takes it out of its team (an ordinary employee). Only for the agency's administrator or
	 * Kominfo (403), only for officers and employees (409), the team of the account's agency (400).
	 */
	Staf aturTim(Staf aktor, long akunId, Long timId);
}
