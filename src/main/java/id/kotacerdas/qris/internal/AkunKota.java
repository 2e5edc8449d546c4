package id.kotacerdas.qris.internal;

/** A city-owned merchant account (a retribution point) as its acquirer issued it, and the agency that runs it. */
record AkunKota(long id, long opdId, DataMerchant data) {

	/** The account's static payload, made from its data each time (nothing to get out of step). */
	String payloadStatis() {
		return PembuatQris.statis(data);
	}
}
