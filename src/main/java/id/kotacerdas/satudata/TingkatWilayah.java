package id.kotacerdas.satudata;

/** The smallest area a dataset's rows are given for (Satu Data's "level penyajian"). */
public enum TingkatWilayah {

	KABUPATEN_KOTA, KECAMATAN, KELURAHAN;

	public String kodePesan() {
		return "satudata.tingkat-wilayah." + name();
	}
}
