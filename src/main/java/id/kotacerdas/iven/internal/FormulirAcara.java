package id.kotacerdas.iven.internal;

/** What the submission form sends, as typed: a refused form is shown again with it. */
public class FormulirAcara {

	private String judul;
	private String deskripsi;
	private String jenis;
	private String kelurahan;
	private String tempat;
	private String lat;
	private String lon;
	private String tanggal;
	private String jamMulai;
	private String tanggalSelesai;
	private String jamSelesai;
	/** "" once, MINGGUAN every week on the start's weekday, BULANAN every month on the start's day */
	private String ulang;
	/** the last date of a series, or empty for no end */
	private String ulangSampai;
	private String penyelenggaraJenis;
	private String penyelenggara;
	private String kontak;
	private boolean berbayar;
	private String harga;
	private boolean eventKelurahan;
	// the person responsible, for the application (never published)
	private String nik;
	private String nama;
	private String telepon;
	private String email;

	public String getJudul() { return judul; }
	public void setJudul(String v) { judul = v; }
	public String getDeskripsi() { return deskripsi; }
	public void setDeskripsi(String v) { deskripsi = v; }
	public String getJenis() { return jenis; }
	public void setJenis(String v) { jenis = v; }
	public String getKelurahan() { return kelurahan; }
	public void setKelurahan(String v) { kelurahan = v; }
	public String getTempat() { return tempat; }
	public void setTempat(String v) { tempat = v; }
	public String getLat() { return lat; }
	public void setLat(String v) { lat = v; }
	public String getLon() { return lon; }
	public void setLon(String v) { lon = v; }
	public String getTanggal() { return tanggal; }
	public void setTanggal(String v) { tanggal = v; }
	public String getJamMulai() { return jamMulai; }
	public void setJamMulai(String v) { jamMulai = v; }
	public String getTanggalSelesai() { return tanggalSelesai; }
	public void setTanggalSelesai(String v) { tanggalSelesai = v; }
	public String getJamSelesai() { return jamSelesai; }
	public void setJamSelesai(String v) { jamSelesai = v; }
	public String getUlang() { return ulang; }
	public void setUlang(String v) { ulang = v; }
	public String getUlangSampai() { return ulangSampai; }
	public void setUlangSampai(String v) { ulangSampai = v; }
	public String getPenyelenggaraJenis() { return penyelenggaraJenis; }
	public void setPenyelenggaraJenis(String v) { penyelenggaraJenis = v; }
	public String getPenyelenggara() { return penyelenggara; }
	public void setPenyelenggara(String v) { penyelenggara = v; }
	public String getKontak() { return kontak; }
	public void setKontak(String v) { kontak = v; }
	public boolean isBerbayar() { return berbayar; }
	public void setBerbayar(boolean v) { berbayar = v; }
	public String getHarga() { return harga; }
	public void setHarga(String v) { harga = v; }
	public boolean isEventKelurahan() { return eventKelurahan; }
	public void setEventKelurahan(boolean v) { eventKelurahan = v; }
	public String getNik() { return nik; }
	public void setNik(String v) { nik = v; }
	public String getNama() { return nama; }
	public void setNama(String v) { nama = v; }
	public String getTelepon() { return telepon; }
	public void setTelepon(String v) { telepon = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { email = v; }
}
