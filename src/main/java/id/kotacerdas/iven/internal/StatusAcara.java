package id.kotacerdas.iven.internal;

/**
 * An event's life: submitted, then scheduled by Dinas Pariwisata (or refused, or withdrawn by the submitter);
 * a scheduled event may be postponed (the earlier start kept) and cancelled. Only scheduled, postponed and
 * cancelled events are public: subscribers must see a cancellation, not a silent disappearance.
 */
enum StatusAcara {

	DIAJUKAN, DIJADWALKAN, DITUNDA, DIBATALKAN, DITOLAK, DITARIK;

	public String kodePesan() {
		return "iven.status." + name();
	}

	public boolean publik() {
		return this == DIJADWALKAN || this == DITUNDA || this == DIBATALKAN;
	}

	/** Still taking place (scheduled or postponed to a new date). */
	public boolean berlangsung() {
		return this == DIJADWALKAN || this == DITUNDA;
	}
}
