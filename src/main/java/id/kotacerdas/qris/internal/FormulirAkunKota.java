package id.kotacerdas.qris.internal;

/** What staff type for a new city merchant account, kept as typed so a refused form loses nothing. */
record FormulirAkunKota(Long opdId, String nama, String gui, String pan, String idMerchant, String nmid, String kriteria, String mcc, String kota,
		String kodePos, String labelTerminal) {

	static FormulirAkunKota kosong() {
		return new FormulirAkunKota(null, null, null, null, null, null, null, "9399", null, null, "A01");
	}
}
