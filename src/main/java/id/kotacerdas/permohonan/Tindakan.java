package id.kotacerdas.permohonan;

import java.util.Locale;

/** What happened to an application: the applicant's and the office's actions. */
public enum Tindakan {

	/** Filed by the applicant (or for them at a counter): enters the first step. */
	AJUKAN(false),
	/** The step's owner approves: the next step, or completion at the last. */
	SETUJUI(true),
	/** The step's owner returns it for revision, with a reason and the missing items. */
	KEMBALIKAN(true),
	/** The step's owner rejects it, with a reason: final. */
	TOLAK(true),
	/** The applicant resubmits after a return: back to the same step. */
	AJUKAN_ULANG(false),
	/** The applicant withdraws it before completion. */
	BATALKAN(false);

	private final boolean staf;

	Tindakan(boolean staf) {
		this.staf = staf;
	}

	/** Whether the office takes this action (else the applicant). */
	public boolean staf() {
		return staf;
	}

	/** Message key of the action in words, as the history shows it. */
	public String kodePesan() {
		return "permohonan.tindakan." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
