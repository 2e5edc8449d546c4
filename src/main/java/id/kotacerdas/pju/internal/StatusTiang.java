package id.kotacerdas.pju.internal;

/** What a pole's lamp is doing, as last reported. */
enum StatusTiang {

	NYALA, MATI, RUSAK,
	/** The pole or its lamp is gone: theft, usually of the cable or the lamp. */
	HILANG;

	/** Whether the street is dark there. */
	public boolean gelap() {
		return this != NYALA;
	}

	public String kodePesan() {
		return "pju.status." + name();
	}
}
