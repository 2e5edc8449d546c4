package id.kotacerdas.pengaduan;

/** Where a report stands. The allowed moves between them are enforced by the report itself. */
public enum StatusPengaduan {

	BARU, DIVERIFIKASI, DIPROSES, SELESAI, DITUTUP, DITOLAK, DIBUKA_KEMBALI,

	/** The agency answered "not our authority"; waits for the Kominfo dispatcher to re-route. */
	BUKAN_WEWENANG;

	/** Open in the Open311 sense: still needs work by someone on the staff side. */
	public boolean terbuka() {
		return this != SELESAI && this != DITUTUP && this != DITOLAK;
	}

	public String kodePesan() {
		return "pengaduan.status." + name();
	}
}
