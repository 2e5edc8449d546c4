package id.kotacerdas.armada.pelacakan;

/** A request on the tracker port that is answered with {@code status} and nothing stored. */
class OsmAndDitolak extends RuntimeException {

	private final int status;

	OsmAndDitolak(int status, String alasan) {
		super(alasan, null, false, false);
		this.status = status;
	}

	int status() {
		return status;
	}
}
