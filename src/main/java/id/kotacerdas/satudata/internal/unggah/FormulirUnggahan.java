package id.kotacerdas.satudata.internal.unggah;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Satu Data metadata form as typed, kept whole when the upload is refused. */
public class FormulirUnggahan {

	private String judul;

	private String konsep;

	private String definisi;

	private String klasifikasi;

	private String satuan;

	private String kodeBps;

	private String kodeBappenas;

	private String tingkatWilayah;

	private String frekuensi;

	private String jadwalRilis;

	private String lisensi = "CC-BY-4.0";

	private String tema;

	private String kataKunci;

	private boolean hitunganOrang;

	/** The returned (or draft) dataset a corrected sheet replaces; empty for a new dataset. */
	private String perbaikan;

	/** The form of a correction, filled with what the dataset holds. */
	static FormulirUnggahan perbaikan(Unggahan u) {
		Unggahan.Metadata m = u.metadata();
		FormulirUnggahan f = new FormulirUnggahan();
		f.perbaikan = u.kode();
		f.judul = m.judul();
		f.konsep = m.konsep();
		f.definisi = m.definisi();
		f.klasifikasi = m.klasifikasi();
		f.satuan = m.satuan();
		f.kodeBps = m.kodeBps();
		f.kodeBappenas = m.kodeBappenas();
		f.tingkatWilayah = m.tingkatWilayah().name();
		f.frekuensi = m.frekuensi().name();
		f.jadwalRilis = m.jadwalRilis();
		f.lisensi = m.lisensi();
		f.tema = m.tema() == null ? null : m.tema().name();
		f.kataKunci = String.join(", ", m.kataKunci());
		f.hitunganOrang = m.hitunganOrang();
		return f;
	}

	/** Field → what was typed, for the shared form fragments. */
	public Map<String, String> nilai() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("judul", judul);
		m.put("konsep", konsep);
		m.put("definisi", definisi);
		m.put("klasifikasi", klasifikasi);
		m.put("satuan", satuan);
		m.put("kodeBps", kodeBps);
		m.put("kodeBappenas", kodeBappenas);
		m.put("tingkatWilayah", tingkatWilayah);
		m.put("frekuensi", frekuensi);
		m.put("jadwalRilis", jadwalRilis);
		m.put("lisensi", lisensi);
		m.put("tema", tema);
		m.put("kataKunci", kataKunci);
		return m;
	}

	public String getJudul() { return judul; }
	public void setJudul(String judul) { this.judul = judul; }
	public String getKonsep() { return konsep; }
	public void setKonsep(String konsep) { this.konsep = konsep; }
	public String getDefinisi() { return definisi; }
	public void setDefinisi(String definisi) { this.definisi = definisi; }
	public String getKlasifikasi() { return klasifikasi; }
	public void setKlasifikasi(String klasifikasi) { this.klasifikasi = klasifikasi; }
	public String getSatuan() { return satuan; }
	public void setSatuan(String satuan) { this.satuan = satuan; }
	public String getKodeBps() { return kodeBps; }
	public void setKodeBps(String kodeBps) { this.kodeBps = kodeBps; }
	public String getKodeBappenas() { return kodeBappenas; }
	public void setKodeBappenas(String kodeBappenas) { this.kodeBappenas = kodeBappenas; }
	public String getTingkatWilayah() { return tingkatWilayah; }
	public void setTingkatWilayah(String tingkatWilayah) { this.tingkatWilayah = tingkatWilayah; }
	public String getFrekuensi() { return frekuensi; }
	public void setFrekuensi(String frekuensi) { this.frekuensi = frekuensi; }
	public String getJadwalRilis() { return jadwalRilis; }
	public void setJadwalRilis(String jadwalRilis) { this.jadwalRilis = jadwalRilis; }
	public String getLisensi() { return lisensi; }
	public void setLisensi(String lisensi) { this.lisensi = lisensi; }
	public String getTema() { return tema; }
	public void setTema(String tema) { this.tema = tema; }
	public String getKataKunci() { return kataKunci; }
	public void setKataKunci(String kataKunci) { this.kataKunci = kataKunci; }
	public boolean isHitunganOrang() { return hitunganOrang; }
	public void setHitunganOrang(boolean hitunganOrang) { this.hitunganOrang = hitunganOrang; }
	public String getPerbaikan() { return perbaikan; }
	public void setPerbaikan(String perbaikan) { this.perbaikan = perbaikan; }
}
