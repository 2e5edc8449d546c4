package id.kotacerdas.pasar.internal.lapak;

/**
 * The stall form as typed: text throughout, so a refused form comes back exactly as it was.
 * The checkboxes are absent (false) when unticked.
 */
class FormulirLapak {

	private String nomor;

	private String pedagang;

	private String dagangan;

	private String tarif;

	private boolean terisi = true;

	private boolean qris;

	private String nmid;

	private String qrisPayload;

	private String nikPedagang;

	static FormulirLapak dari(Lapak l) {
		FormulirLapak f = new FormulirLapak();
		f.nomor = l.nomor();
		f.pedagang = l.pedagang();
		f.dagangan = l.dagangan();
		f.tarif = Long.toString(l.tarif());
		f.terisi = l.terisi();
		f.qris = l.qris();
		f.nmid = l.nmid();
		f.nikPedagang = l.nikPedagang();
		return f;
	}

	/** A new stall of the market, its tariff proposed from the market's stalls. */
	static FormulirLapak baru(long tarifUsulan) {
		FormulirLapak f = new FormulirLapak();
		f.tarif = Long.toString(tarifUsulan);
		return f;
	}

	public String getNomor() {
		return nomor;
	}

	public void setNomor(String nomor) {
		this.nomor = nomor;
	}

	public String getPedagang() {
		return pedagang;
	}

	public void setPedagang(String pedagang) {
		this.pedagang = pedagang;
	}

	public String getDagangan() {
		return dagangan;
	}

	public void setDagangan(String dagangan) {
		this.dagangan = dagangan;
	}

	public String getTarif() {
		return tarif;
	}

	public void setTarif(String tarif) {
		this.tarif = tarif;
	}

	public boolean isTerisi() {
		return terisi;
	}

	public void setTerisi(boolean terisi) {
		this.terisi = terisi;
	}

	public boolean isQris() {
		return qris;
	}

	public void setQris(boolean qris) {
		this.qris = qris;
	}

	public String getNmid() {
		return nmid;
	}

	public void setNmid(String nmid) {
		this.nmid = nmid;
	}

	public String getQrisPayload() {
		return qrisPayload;
	}

	public void setQrisPayload(String qrisPayload) {
		this.qrisPayload = qrisPayload;
	}

	public String getNikPedagang() {
		return nikPedagang;
	}

	public void setNikPedagang(String nikPedagang) {
		this.nikPedagang = nikPedagang;
	}
}
