package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A history row as typed, for every kind (the page shows a kind's fields only). A bean, so the form
 * comes back with everything typed; which fields a kind needs, and the codes, are
 * {@link RegisterRiwayat}'s rules.
 */
public class FormulirRiwayat {

	static final int TEKS_PENDEK = FormulirPegawai.TEKS_PENDEK;

	static final int TEKS_PANJANG = FormulirPegawai.TEKS_PANJANG;

	@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tmt;

	@Size(max = TEKS_PENDEK)
	private String nomorSk;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tanggalSk;

	private String golongan;

	private String jenisJabatan;

	@Size(max = TEKS_PANJANG)
	private String namaJabatan;

	private String eselon;

	private Long opdId;

	@Size(max = TEKS_PANJANG)
	private String unor;

	private String pendidikan;

	@Size(max = TEKS_PANJANG)
	private String namaSekolah;

	@Size(max = TEKS_PENDEK)
	private String jurusan;

	@Size(max = 30)
	private String gelarDepan;

	@Size(max = 60)
	private String gelarBelakang;

	@Size(max = TEKS_PANJANG)
	private String nama;

	@Size(max = TEKS_PANJANG)
	private String penyelenggara;

	@Positive @Max(10_000)
	private Integer jamPelajaran;

	private String tingkatHukuman;

	@Size(max = TEKS_PANJANG)
	private String jenisHukuman;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tmtSelesai;

	@Min(1950) @Max(2200)
	private Integer tahun;

	private String predikat;

	static FormulirRiwayat dari(Riwayat r) {
		FormulirRiwayat f = new FormulirRiwayat();
		f.tmt = r.tmt();
		f.nomorSk = r.nomorSk();
		f.tanggalSk = r.tanggalSk();
		f.golongan = r.golongan();
		f.jenisJabatan = r.jenisJabatan();
		f.namaJabatan = r.namaJabatan();
		f.eselon = r.eselon();
		f.opdId = r.opdId();
		f.unor = r.unor();
		f.pendidikan = r.pendidikan();
		f.namaSekolah = r.namaSekolah();
		f.jurusan = r.jurusan();
		f.gelarDepan = r.gelarDepan();
		f.gelarBelakang = r.gelarBelakang();
		f.nama = r.nama();
		f.penyelenggara = r.penyelenggara();
		f.jamPelajaran = r.jamPelajaran();
		f.tingkatHukuman = r.tingkatHukuman();
		f.jenisHukuman = r.jenisHukuman();
		f.tmtSelesai = r.tmtSelesai();
		f.tahun = r.tahun();
		f.predikat = r.predikat();
		return f;
	}

	/** The row these fields describe for one kind: the other kinds' fields are dropped, not stored. */
	Riwayat jadi(long pegawaiId, JenisRiwayat jenis, UUID berkasId) {
		return switch (jenis) {
			case GOLONGAN -> baris(pegawaiId, jenis, berkasId, golongan, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null);
			case JABATAN -> baris(pegawaiId, jenis, berkasId, null, jenisJabatan, namaJabatan, eselon, opdId, unor, null, null, null, null,
					null, null, null, null, null, null, null, null, null);
			case PENDIDIKAN -> baris(pegawaiId, jenis, berkasId, null, null, null, null, null, null, pendidikan, namaSekolah, jurusan,
					gelarDepan, gelarBelakang, null, null, null, null, null, null, null, null);
			case DIKLAT -> baris(pegawaiId, jenis, berkasId, null, null, null, null, null, null, null, null, null, null, null, nama,
					penyelenggara, jamPelajaran, null, null, tmtSelesai, null, null);
			case HUKUMAN -> baris(pegawaiId, jenis, berkasId, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, tingkatHukuman, jenisHukuman, tmtSelesai, null, null);
			case PENGHARGAAN -> baris(pegawaiId, jenis, berkasId, null, null, null, null, null, null, null, null, null, null, null, nama,
					penyelenggara, null, null, null, null, null, null);
			case SKP -> baris(pegawaiId, jenis, berkasId, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, tahun, predikat);
		};
	}

	private Riwayat baris(long pegawaiId, JenisRiwayat jenis, UUID berkasId, String golongan, String jenisJabatan, String namaJabatan,
			String eselon, Long opdId, String unor, String pendidikan, String namaSekolah, String jurusan, String gelarDepan,
			String gelarBelakang, String nama, String penyelenggara, Integer jamPelajaran, String tingkatHukuman, String jenisHukuman,
			LocalDate tmtSelesai, Integer tahun, String predikat) {
		return new Riwayat(null, pegawaiId, jenis, tmt, nomorSk, tanggalSk, berkasId, golongan, jenisJabatan, namaJabatan, eselon, opdId,
				unor, pendidikan, namaSekolah, jurusan, gelarDepan, gelarBelakang, nama, penyelenggara, jamPelajaran, tingkatHukuman,
				jenisHukuman, tmtSelesai, tahun, predikat, null, null, null, null);
	}

	// accessors for binding and the form
	public LocalDate getTmt() { return tmt; }
	public void setTmt(LocalDate v) { tmt = v; }
	public String getNomorSk() { return nomorSk; }
	public void setNomorSk(String v) { nomorSk = v; }
	public LocalDate getTanggalSk() { return tanggalSk; }
	public void setTanggalSk(LocalDate v) { tanggalSk = v; }
	public String getGolongan() { return golongan; }
	public void setGolongan(String v) { golongan = v; }
	public String getJenisJabatan() { return jenisJabatan; }
	public void setJenisJabatan(String v) { jenisJabatan = v; }
	public String getNamaJabatan() { return namaJabatan; }
	public void setNamaJabatan(String v) { namaJabatan = v; }
	public String getEselon() { return eselon; }
	public void setEselon(String v) { eselon = v; }
	public Long getOpdId() { return opdId; }
	public void setOpdId(Long v) { opdId = v; }
	public String getUnor() { return unor; }
	public void setUnor(String v) { unor = v; }
	public String getPendidikan() { return pendidikan; }
	public void setPendidikan(String v) { pendidikan = v; }
	public String getNamaSekolah() { return namaSekolah; }
	public void setNamaSekolah(String v) { namaSekolah = v; }
	public String getJurusan() { return jurusan; }
	public void setJurusan(String v) { jurusan = v; }
	public String getGelarDepan() { return gelarDepan; }
	public void setGelarDepan(String v) { gelarDepan = v; }
	public String getGelarBelakang() { return gelarBelakang; }
	public void setGelarBelakang(String v) { gelarBelakang = v; }
	public String getNama() { return nama; }
	public void setNama(String v) { nama = v; }
	public String getPenyelenggara() { return penyelenggara; }
	public void setPenyelenggara(String v) { penyelenggara = v; }
	public Integer getJamPelajaran() { return jamPelajaran; }
	public void setJamPelajaran(Integer v) { jamPelajaran = v; }
	public String getTingkatHukuman() { return tingkatHukuman; }
	public void setTingkatHukuman(String v) { tingkatHukuman = v; }
	public String getJenisHukuman() { return jenisHukuman; }
	public void setJenisHukuman(String v) { jenisHukuman = v; }
	public LocalDate getTmtSelesai() { return tmtSelesai; }
	public void setTmtSelesai(LocalDate v) { tmtSelesai = v; }
	public Integer getTahun() { return tahun; }
	public void setTahun(Integer v) { tahun = v; }
	public String getPredikat() { return predikat; }
	public void setPredikat(String v) { predikat = v; }
}
