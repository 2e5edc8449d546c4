package id.kotacerdas.iven.internal;

/** How the organiser counted the visitors: the card says it beside the number, so a reader can weigh it. */
enum CaraHitung {

	/** tickets sold or wristbands handed out */
	TIKET,
	/** a clicker or counter at the gates */
	PENGHITUNG,
	/** the crowd's area times a density */
	PERKIRAAN_KERUMUNAN,
	/** the guest book or registration list */
	BUKU_TAMU;

	public String kodePesan() {
		return "iven.cara-hitung." + name();
	}
}
