package id.kotacerdas.umkm.internal;

/**
 * The registration form as typed, every field text (so a refused form comes back exactly as typed). Checked by
 * {@link RegisterUmkm}; {@code tokoDaring} holds one shop address per line.
 */
public class FormulirUsaha {

	private String nik;

	/** The stored business as the edit form shows it: every field as text, as the owner would type it. */
	static FormulirUsaha dari(Usaha u) {
		FormulirUsaha f = new FormulirUsaha();
		f.nik = u.nik();
		f.namaPemilik = u.namaPemilik();
		f.telepon = u.telepon();
		f.email = u.email();
		f.nama = u.nama();
		f.alamat = u.alamat();
		f.kelurahan = u.kelurahanKode();
		f.lat = u.lat() == null ? null : u.lat().toString();
		f.lon = u.lon() == null ? null : u.lon().toString();
		f.kbli = u.kbli();
		f.bentukHukum = u.bentukHukum().name();
		f.nib = u.nib();
		f.punyaNpwp = u.punyaNpwp();
		f.modal = u.modal() == null ? null : u.modal().toString();
		f.penjualan = u.penjualanTahunan() == null ? null : u.penjualanTahunan().toString();
		f.karyawan = Integer.toString(u.karyawan());
		f.jamBuka = u.jamBuka();
		f.whatsapp = u.whatsapp() == null ? null : "0" + u.whatsapp().substring(2);
		f.keterangan = u.keterangan();
		f.tampilPublik = u.tampilPublik();
		StringBuilder toko = new StringBuilder();
		for (KanalBayar k : u.kanal()) {
			switch (k.jenis()) {
				case TUNAI -> f.tunai = true;
				case TRANSFER -> f.transfer = true;
				case QRIS -> {
					f.qris = true;
					f.nmid = k.nmid();
				}
				case TOKO_DARING -> toko.append(k.tautan()).append('\n');
			}
		}
		f.tokoDaring = toko.isEmpty() ? null : toko.toString().strip();
		return f;
	}

	private String namaPemilik;

	private String telepon;

	private String email;

	private String nama;

	private String alamat;

	private String kelurahan;

	private String lat;

	private String lon;

	private String kbli;

	private String bentukHukum;

	private String nib;

	private String modal;

	private String penjualan;

	private String karyawan;

	private String jamBuka;

	private String whatsapp;

	private String keterangan;

	private String nmid;

	private String qrisPayload;

	private String tokoDaring;

	private boolean punyaNpwp;

	private boolean tampilPublik;

	private boolean tunai;

	private boolean transfer;

	private boolean qris;

	public String getNik() {
		return nik;
	}

	public void setNik(String nik) {
		this.nik = nik;
	}

	public String getNamaPemilik() {
		return namaPemilik;
	}

	public void setNamaPemilik(String namaPemilik) {
		this.namaPemilik = namaPemilik;
	}

	public String getTelepon() {
		return telepon;
	}

	public void setTelepon(String telepon) {
		this.telepon = telepon;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public String getAlamat() {
		return alamat;
	}

	public void setAlamat(String alamat) {
		this.alamat = alamat;
	}

	public String getKelurahan() {
		return kelurahan;
	}

	public void setKelurahan(String kelurahan) {
		this.kelurahan = kelurahan;
	}

	public String getLat() {
		return lat;
	}

	public void setLat(String lat) {
		this.lat = lat;
	}

	public String getLon() {
		return lon;
	}

	public void setLon(String lon) {
		this.lon = lon;
	}

	public String getKbli() {
		return kbli;
	}

	public void setKbli(String kbli) {
		this.kbli = kbli;
	}

	public String getBentukHukum() {
		return bentukHukum;
	}

	public void setBentukHukum(String bentukHukum) {
		this.bentukHukum = bentukHukum;
	}

	public String getNib() {
		return nib;
	}

	public void setNib(String nib) {
		this.nib = nib;
	}

	public String getModal() {
		return modal;
	}

	public void setModal(String modal) {
		this.modal = modal;
	}

	public String getPenjualan() {
		return penjualan;
	}

	public void setPenjualan(String penjualan) {
		this.penjualan = penjualan;
	}

	public String getKaryawan() {
		return karyawan;
	}

	public void setKaryawan(String karyawan) {
		this.karyawan = karyawan;
	}

	public String getJamBuka() {
		return jamBuka;
	}

	public void setJamBuka(String jamBuka) {
		this.jamBuka = jamBuka;
	}

	public String getWhatsapp() {
		return whatsapp;
	}

	public void setWhatsapp(String whatsapp) {
		this.whatsapp = whatsapp;
	}

	public String getKeterangan() {
		return keterangan;
	}

	public void setKeterangan(String keterangan) {
		this.keterangan = keterangan;
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

	public String getTokoDaring() {
		return tokoDaring;
	}

	public void setTokoDaring(String tokoDaring) {
		this.tokoDaring = tokoDaring;
	}

	public boolean isPunyaNpwp() {
		return punyaNpwp;
	}

	public void setPunyaNpwp(boolean punyaNpwp) {
		this.punyaNpwp = punyaNpwp;
	}

	public boolean isTampilPublik() {
		return tampilPublik;
	}

	public void setTampilPublik(boolean tampilPublik) {
		this.tampilPublik = tampilPublik;
	}

	public boolean isTunai() {
		return tunai;
	}

	public void setTunai(boolean tunai) {
		this.tunai = tunai;
	}

	public boolean isTransfer() {
		return transfer;
	}

	public void setTransfer(boolean transfer) {
		this.transfer = transfer;
	}

	public boolean isQris() {
		return qris;
	}

	public void setQris(boolean qris) {
		this.qris = qris;
	}

}
