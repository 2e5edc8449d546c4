package id.kotacerdas.armada.bbm;

/** Flags on a recorded fuel purchase for the verifier and the monthly report. */
enum Anomali {

	/** km per litre since the previous fill worse than the norm by more than the allowance. */
	KONSUMSI_BOROS,
	ODOMETER_MUNDUR,
	/** odometer distance far beyond the GPS distance */
	ODOMETER_MELONJAK,
	/** the vehicle hardly moved since the previous fill */
	TANPA_PERGERAKAN,
	/** the vehicle's tracked position was away from the station at the time of the fill */
	TIDAK_DI_SPBU,
	/** no tracker position around the time of the fill */
	POSISI_TIDAK_DIKETAHUI,
	STRUK_GANDA,
	MALAM,
	AKHIR_PEKAN,
	LUAR_KOTA,
	/** refused by the gate and let through by a verifier */
	PENIMPAAN,
	/**
	 * the vehicle's first recorded fill: no earlier fill to compare with, so the gate had only the
	 * tank and the distance tracked since registration to judge by
	 */
	TANPA_PEMBANDING
}
