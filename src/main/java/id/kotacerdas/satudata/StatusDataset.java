package id.kotacerdas.satudata;

import java.util.Set;

import org.springframework.http.HttpStatus;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Where a dataset is in Satu Data's workflow: the producer drafts it, submits it to the walidata (the city's data
 * custodian), who publishes it (with a release date) or returns it with a reason. Only published datasets are public.
 */
public enum StatusDataset {

	DRAF, MENUNGGU_WALIDATA, TERBIT, DIKEMBALIKAN;

	/** The producer submits a draft or a returned dataset. */
	public StatusDataset ajukan() {
		return pindah(Set.of(DRAF, DIKEMBALIKAN), MENUNGGU_WALIDATA);
	}

	/** The walidata publishes a submitted dataset. */
	public StatusDataset terbitkan() {
		return pindah(Set.of(MENUNGGU_WALIDATA), TERBIT);
	}

	/** The walidata returns a submitted dataset to its producer. */
	public StatusDataset kembalikan() {
		return pindah(Set.of(MENUNGGU_WALIDATA), DIKEMBALIKAN);
	}

	public boolean publik() {
		return this == TERBIT;
	}

	public String kodePesan() {
		return "satudata.status." + name();
	}

	private StatusDataset pindah(Set<StatusDataset> dari, StatusDataset ke) {
		if (!dari.contains(this)) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata.status.tidak-boleh");
		}
		return ke;
	}
}
