package id.kotacerdas.kepegawaian.internal;

/** How a position is held: by its definitive holder, or for a period by an acting one. */
enum JenisPemangku {

	DEFINITIF,

	/** Pelaksana tugas: acts while the position is vacant. */
	PLT,

	/** Pelaksana harian: acts while the holder is away for a while. */
	PLH;

	public boolean definitif() {
		return this == DEFINITIF;
	}
}
