package id.kotacerdas.armada.bbm;

/** The gate refused a purchase and no verifier overrode it: nothing was stored. */
public class GerbangMenolakException extends RuntimeException {

	private final transient GerbangBbm.Keputusan keputusan;

	GerbangMenolakException(GerbangBbm.Keputusan keputusan) {
		super("gerbang menolak", null, false, false);
		this.keputusan = keputusan;
	}

	GerbangBbm.Keputusan keputusan() {
		return keputusan;
	}
}
