package id.kotacerdas.platform;

import java.util.List;

/**
 * Figures that call the signed-in staff member to act, shown first on the staff dashboard, each a
 * link to the list it counts. A module declares a bean and decides from the signed-in user what
 * to count, so the dashboard knows nothing of the module's internals.
 */
public interface PerluTindakan {

	/** Message key of the group's heading on the dashboard. */
	String kodeJudul();

	/** The figures for the signed-in user; empty when the module has nothing for them. */
	List<Angka> angka();

	/**
	 * One figure.
	 *
	 * @param kodeJudul message key of its label
	 * @param url the list of what is counted
	 * @param mendesak whether a non-zero figure means a missed deadline, so it stands out
	 */
	record Angka(String kodeJudul, long jumlah, String url, boolean mendesak) {
	}
}
