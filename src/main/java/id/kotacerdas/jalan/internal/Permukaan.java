package id.kotacerdas.jalan.internal;

/** A road's surface: asphalt concrete (hotmix), penetration macadam (lapen), concrete, earth or gravel. */
enum Permukaan {

	HOTMIX, LAPEN, BETON, TANAH;

	public String kodePesan() {
		return "jalan.permukaan." + name();
	}
}
