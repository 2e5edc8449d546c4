package id.kotacerdas.permohonan;

/** Where an application stands. Only {@link #DIPROSES} and {@link #DIKEMBALIKAN} are open. */
public enum StatusPermohonan {

	/** In one of the flow's steps, with the office: the clock runs. */
	DIPROSES,
	/** Returned to the applicant for revision: the clock stops until they resubmit. */
	DIKEMBALIKAN,
	/** Approved at the last step. */
	SELESAI,
	/** Rejected by the office, with a reason. */
	DITOLAK,
	/** Withdrawn by the applicant before completion. */
	DIBATALKAN;

	public boolean terbuka() {
		return this == DIPROSES || this == DIKEMBALIKAN;
	}

	/** Message key of the status in words. */
	public String kodePesan() {
		return "permohonan.status." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
