package id.kotacerdas.pju.internal;

/** Who said what a pole is doing. */
enum SumberStatus {

	/** The registry: a sheet imported, a pole entered. */
	PENDATAAN,
	/** A complaint's handling: accepted (dark), resolved with evidence (lit). */
	PENGADUAN,
	/** A night patrol's mark. */
	PATROLI,
	/** A central management system speaking TALQ (not connected yet: docs/pju.md). */
	KONTROLER;

	public String kodePesan() {
		return "pju.sumber." + name();
	}
}
