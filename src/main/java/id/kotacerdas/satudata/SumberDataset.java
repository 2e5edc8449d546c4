package id.kotacerdas.satudata;

/** Where a dataset's rows come from. */
public enum SumberDataset {

	/** A module's {@link id.kotacerdas.platform.DataTerbuka} bean: live rows, refreshed on its schedule. */
	MODUL,
	/** A file an agency uploaded (stored in {@code berkas}). */
	UNGGAHAN
}
