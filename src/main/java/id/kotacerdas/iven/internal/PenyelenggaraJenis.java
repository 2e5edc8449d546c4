package id.kotacerdas.iven.internal;

/** Who organises: a city agency, a kelurahan, or a community (sanggar, church, sports club, traders). */
enum PenyelenggaraJenis {

	DINAS, KELURAHAN, KOMUNITAS;

	public String kodePesan() {
		return "iven.penyelenggara." + name();
	}
}
