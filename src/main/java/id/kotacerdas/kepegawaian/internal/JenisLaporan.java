package id.kotacerdas.kepegawaian.internal;

/** What a daily work report is about. */
enum JenisLaporan {

	/** A day's work. */
	KEGIATAN,

	/** The city's "15 minutes before and after office hours" cleaning of the workplace. */
	KEBERSIHAN
}
