package id.kotacerdas.kepegawaian.internal;

/** Where a daily work report stands. */
enum StatusLaporan {

	/** Filed (or refiled), waiting for the direct superior. */
	DIAJUKAN,

	DISETUJUI,

	/** Returned by the superior with a reason: the employee fixes and refiles it. */
	DIKEMBALIKAN
}
