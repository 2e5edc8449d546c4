package id.kotacerdas.akun;

import java.util.List;
import java.util.Optional;

/** The module's API for other modules: who is signed in, teams and their members. */
public interface AkunStaf {

	/**
	 * The staff member of the current request, if one is signed in with an active account (read once
	 * per request). A controller method instead takes a {@link Staf} parameter: it is resolved from
	 * this, and a request without one is refused with 403.
	 */
	Optional<Staf> stafSaatIni();

	Optional<TimTrc> tim(long id);

	/**
	 * The agency's team responsible for a place: the team covering the kelurahan, else the one
	 * covering its kecamatan, else the agency's default team, else any of its teams.
	 */
	Optional<TimTrc> timUntuk(long opdId, String kelurahanKode, String kecamatanKode);

	/** Active members (active accounts of an active agency) of a team, for notifications. */
	List<Staf> anggotaTim(long timId);

	/** Active administrators of an agency: its head for escalations. */
	List<Staf> adminOpd(long opdId);

	/** Active Kominfo administrators: the city's dispatchers. */
	List<Staf> adminKominfo();
}
