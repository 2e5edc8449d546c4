package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.kotacerdas.platform.Nip;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The employee form as typed. A bean, not a record: Spring binds every field it can read even when
 * another one fails, so the form comes back with everything that was typed. The rules that need
 * several fields or stored data are {@link RegisterPegawai}'s.
 */
public class FormulirPegawai {

	static final int TEKS_PENDEK = 100;

	static final int TEKS_PANJANG = 200;

	@NotBlank @Nip.Sah
	private String nip;

	@Size(max = 30)
	private String nipLama;

	@NotBlank @Size(max = TEKS_PENDEK)
	private String nama;

	@Size(max = 30)
	private String gelarDepan;

	@Size(max = 60)
	private String gelarBelakang;

	@NotBlank @Size(max = TEKS_PENDEK)
	private String tempatLahir;

	@NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tanggalLahir;

	@NotBlank
	private String jenisKelamin;

	@NotBlank
	private String agama;

	@NotBlank
	private String statusKawin;

	@NotBlank @Pattern(regexp = "\\s*\\d{4}[ .]?\\d{4}[ .]?\\d{4}[ .]?\\d{4}\\s*")
	private String nik;

	@Email @Size(max = TEKS_PENDEK)
	private String email;

	@Pattern(regexp = "\\+?[0-9 -]{8,20}")
	private String telepon;

	@Size(max = TEKS_PANJANG)
	private String alamat;

	@NotBlank
	private String jenisPegawai;

	@NotBlank
	private String kedudukanHukum;

	@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tmtCpns;

	@NotBlank @Size(max = TEKS_PENDEK)
	private String nomorSkCpns;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tmtPns;

	@Size(max = TEKS_PENDEK)
	private String nomorSkPns;

	@NotBlank
	private String golongan;

	@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tmtGolongan;

	@NotBlank
	private String pendidikan;

	@Size(max = TEKS_PENDEK)
	private String jurusan;

	@NotBlank
	private String jenisJabatan;

	@NotBlank @Size(max = TEKS_PANJANG)
	private String namaJabatan;

	@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tmtJabatan;

	@NotBlank
	private String eselon;

	@NotNull
	private Long opdId;

	@NotBlank @Size(max = TEKS_PANJANG)
	private String unor;

	static FormulirPegawai dari(Pegawai p) {
		FormulirPegawai f = new FormulirPegawai();
		f.nip = p.nip();
		f.nipLama = p.nipLama();
		f.nama = p.nama();
		f.gelarDepan = p.gelarDepan();
		f.gelarBelakang = p.gelarBelakang();
		f.tempatLahir = p.tempatLahir();
		f.tanggalLahir = p.tanggalLahir();
		f.jenisKelamin = p.jenisKelamin();
		f.agama = p.agama();
		f.statusKawin = p.statusKawin();
		f.nik = p.nik();
		f.email = p.email();
		f.telepon = p.telepon();
		f.alamat = p.alamat();
		f.jenisPegawai = p.jenisPegawai();
		f.kedudukanHukum = p.kedudukanHukum();
		f.tmtCpns = p.tmtCpns();
		f.nomorSkCpns = p.nomorSkCpns();
		f.tmtPns = p.tmtPns();
		f.nomorSkPns = p.nomorSkPns();
		f.golongan = p.golongan();
		f.tmtGolongan = p.tmtGolongan();
		f.pendidikan = p.pendidikan();
		f.jurusan = p.jurusan();
		f.jenisJabatan = p.jenisJabatan();
		f.namaJabatan = p.namaJabatan();
		f.tmtJabatan = p.tmtJabatan();
		f.eselon = p.eselon();
		f.opdId = p.opdId();
		f.unor = p.unor();
		return f;
	}

	/**
	 * Puts back the values derived from the career history (rank, education, position and unit):
	 * after the record is created they change by a history row, never on this form.
	 */
	void pakaiTurunan(Pegawai p) {
		golongan = p.golongan();
		tmtGolongan = p.tmtGolongan();
		pendidikan = p.pendidikan();
		jurusan = p.jurusan();
		jenisJabatan = p.jenisJabatan();
		namaJabatan = p.namaJabatan();
		tmtJabatan = p.tmtJabatan();
		eselon = p.eselon();
		opdId = p.opdId();
		unor = p.unor();
	}

	/** The record these fields describe, NIP and NIK as their digits (already checked). */
	Pegawai jadi(Long id) {
		return new Pegawai(id, Nip.dari(nip).nilai(), nipLama, nama, gelarDepan, gelarBelakang, tempatLahir, tanggalLahir,
				jenisKelamin, agama, statusKawin, nik.replaceAll("[ .]", "").strip(), email, telepon, alamat, jenisPegawai,
				kedudukanHukum, tmtCpns, nomorSkCpns, tmtPns, nomorSkPns, golongan, tmtGolongan, pendidikan, jurusan,
				jenisJabatan, namaJabatan, tmtJabatan, eselon, opdId, unor, null);
	}

	// accessors for binding and the form

	public String getNip() { return nip; }
	public void setNip(String v) { nip = v; }
	public String getNipLama() { return nipLama; }
	public void setNipLama(String v) { nipLama = v; }
	public String getNama() { return nama; }
	public void setNama(String v) { nama = v; }
	public String getGelarDepan() { return gelarDepan; }
	public void setGelarDepan(String v) { gelarDepan = v; }
	public String getGelarBelakang() { return gelarBelakang; }
	public void setGelarBelakang(String v) { gelarBelakang = v; }
	public String getTempatLahir() { return tempatLahir; }
	public void setTempatLahir(String v) { tempatLahir = v; }
	public LocalDate getTanggalLahir() { return tanggalLahir; }
	public void setTanggalLahir(LocalDate v) { tanggalLahir = v; }
	public String getJenisKelamin() { return jenisKelamin; }
	public void setJenisKelamin(String v) { jenisKelamin = v; }
	public String getAgama() { return agama; }
	public void setAgama(String v) { agama = v; }
	public String getStatusKawin() { return statusKawin; }
	public void setStatusKawin(String v) { statusKawin = v; }
	public String getNik() { return nik; }
	public void setNik(String v) { nik = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { email = v; }
	public String getTelepon() { return telepon; }
	public void setTelepon(String v) { telepon = v; }
	public String getAlamat() { return alamat; }
	public void setAlamat(String v) { alamat = v; }
	public String getJenisPegawai() { return jenisPegawai; }
	public void setJenisPegawai(String v) { jenisPegawai = v; }
	public String getKedudukanHukum() { return kedudukanHukum; }
	public void setKedudukanHukum(String v) { kedudukanHukum = v; }
	public LocalDate getTmtCpns() { return tmtCpns; }
	public void setTmtCpns(LocalDate v) { tmtCpns = v; }
	public String getNomorSkCpns() { return nomorSkCpns; }
	public void setNomorSkCpns(String v) { nomorSkCpns = v; }
	public LocalDate getTmtPns() { return tmtPns; }
	public void setTmtPns(LocalDate v) { tmtPns = v; }
	public String getNomorSkPns() { return nomorSkPns; }
	public void setNomorSkPns(String v) { nomorSkPns = v; }
	public String getGolongan() { return golongan; }
	public void setGolongan(String v) { golongan = v; }
	public LocalDate getTmtGolongan() { return tmtGolongan; }
	public void setTmtGolongan(LocalDate v) { tmtGolongan = v; }
	public String getPendidikan() { return pendidikan; }
	public void setPendidikan(String v) { pendidikan = v; }
	public String getJurusan() { return jurusan; }
	public void setJurusan(String v) { jurusan = v; }
	public String getJenisJabatan() { return jenisJabatan; }
	public void setJenisJabatan(String v) { jenisJabatan = v; }
	public String getNamaJabatan() { return namaJabatan; }
	public void setNamaJabatan(String v) { namaJabatan = v; }
	public LocalDate getTmtJabatan() { return tmtJabatan; }
	public void setTmtJabatan(LocalDate v) { tmtJabatan = v; }
	public String getEselon() { return eselon; }
	public void setEselon(String v) { eselon = v; }
	public Long getOpdId() { return opdId; }
	public void setOpdId(Long v) { opdId = v; }
	public String getUnor() { return unor; }
	public void setUnor(String v) { unor = v; }
}
