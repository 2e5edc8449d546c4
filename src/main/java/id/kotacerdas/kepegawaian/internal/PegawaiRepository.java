package id.kotacerdas.kepegawaian.internal;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.Halaman;

@Repository
class PegawaiRepository {

	private static final String KOLOM = """
			id, nip, nip_lama, nama, gelar_depan, gelar_belakang, tempat_lahir, tanggal_lahir, jenis_kelamin, agama,
			status_kawin, nik, email, telepon, alamat, jenis_pegawai, kedudukan_hukum, tmt_cpns, nomor_sk_cpns, tmt_pns,
			nomor_sk_pns, golongan, tmt_golongan, pendidikan, jurusan, jenis_jabatan, nama_jabatan, tmt_jabatan, eselon,
			opd_id, unor, diubah""";

	/** A page counts its list up to here, as {@link Halaman} allows: the city has about 7,000 employees. */
	private static final long BATAS_HITUNG = 1_001;

	private final JdbcClient jdbc;

	PegawaiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long tambah(Pegawai p, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO kepegawaian.pegawai (nip, nip_lama, nama, gelar_depan, gelar_belakang, tempat_lahir, tanggal_lahir,
				  jenis_kelamin, agama, status_kawin, nik, email, telepon, alamat, jenis_pegawai, kedudukan_hukum, tmt_cpns,
				  nomor_sk_cpns, tmt_pns, nomor_sk_pns, golongan, tmt_golongan, pendidikan, jurusan, jenis_jabatan, nama_jabatan,
				  tmt_jabatan, eselon, opd_id, unor, dibuat, diubah)
				VALUES (:nip, :nipLama, :nama, :gelarDepan, :gelarBelakang, :tempatLahir, :tanggalLahir, :jenisKelamin, :agama,
				  :statusKawin, :nik, :email, :telepon, :alamat, :jenisPegawai, :kedudukanHukum, :tmtCpns, :nomorSkCpns, :tmtPns,
				  :nomorSkPns, :golongan, :tmtGolongan, :pendidikan, :jurusan, :jenisJabatan, :namaJabatan, :tmtJabatan, :eselon,
				  :opdId, :unor, :waktu, :waktu)
				RETURNING id""")
			.paramSource(parameter(p, Map.of("waktu", Timestamp.from(waktu))))
			.query(Long.class)
			.single();
	}

	void ubah(long id, Pegawai p, Instant waktu) {
		jdbc.sql("""
				UPDATE kepegawaian.pegawai SET nip = :nip, nip_lama = :nipLama, nama = :nama, gelar_depan = :gelarDepan,
				  gelar_belakang = :gelarBelakang, tempat_lahir = :tempatLahir, tanggal_lahir = :tanggalLahir,
				  jenis_kelamin = :jenisKelamin, agama = :agama, status_kawin = :statusKawin, nik = :nik, email = :email,
				  telepon = :telepon, alamat = :alamat, jenis_pegawai = :jenisPegawai, kedudukan_hukum = :kedudukanHukum,
				  tmt_cpns = :tmtCpns, nomor_sk_cpns = :nomorSkCpns, tmt_pns = :tmtPns, nomor_sk_pns = :nomorSkPns,
				  golongan = :golongan, tmt_golongan = :tmtGolongan, pendidikan = :pendidikan, jurusan = :jurusan,
				  jenis_jabatan = :jenisJabatan, nama_jabatan = :namaJabatan, tmt_jabatan = :tmtJabatan, eselon = :eselon,
				  opd_id = :opdId, unor = :unor, diubah = :waktu
				WHERE id = :idPegawai""")
			.paramSource(parameter(p, Map.of("waktu", Timestamp.from(waktu), "idPegawai", id)))
			.update();
	}

	Optional<Pegawai> cari(long id) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.pegawai WHERE id = ?").param(id).query(Pegawai.class).optional();
	}

	Optional<Pegawai> cariNip(String nip) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.pegawai WHERE nip = ?").param(nip).query(Pegawai.class).optional();
	}

	boolean dipakaiLain(String kolom, String nilai, long kecualiId) {
		// kolom is one of two constants of RegisterPegawai, never input
		return jdbc.sql("SELECT count(*) FROM kepegawaian.pegawai WHERE " + kolom + " = ? AND id <> ?")
			.params(nilai, kecualiId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @param opdId null for every agency
	 * @param cari part of the name or the NIP's leading digits, or null
	 */
	Halaman<Pegawai> daftar(Long opdId, String cari, String jenisPegawai, String golongan, int halaman, int ukuran) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> param = new HashMap<>();
		if (opdId != null) {
			where.append(" AND opd_id = :opd");
			param.put("opd", opdId);
		}
		if (cari != null) {
			// a text without digits names no NIP: "nip LIKE '%'" would match every employee
			String angka = cari.replaceAll("[^0-9]", "");
			where.append(angka.isEmpty() ? " AND lower(nama) LIKE :nama" : " AND (lower(nama) LIKE :nama OR nip LIKE :nip)");
			param.put("nama", "%" + cari.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
			param.put("nip", angka + "%");
		}
		if (jenisPegawai != null) {
			where.append(" AND jenis_pegawai = :jenis");
			param.put("jenis", jenisPegawai);
		}
		if (golongan != null) {
			where.append(" AND golongan = :golongan");
			param.put("golongan", golongan);
		}
		long batas = Math.max(BATAS_HITUNG, (long) (halaman + 1) * ukuran + 1);
		long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM kepegawaian.pegawai" + where + " LIMIT :batas) x")
			.params(param)
			.param("batas", batas)
			.query(Long.class)
			.single();
		List<Pegawai> isi = jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.pegawai" + where + " ORDER BY nama, id LIMIT :ukuran OFFSET :lewati")
			.params(param)
			.param("ukuran", ukuran)
			.param("lewati", (long) halaman * ukuran)
			.query(Pegawai.class)
			.list();
		return new Halaman<>(isi, halaman, ukuran, Math.min(total, batas - 1), total == batas);
	}

	/** The record's fields by name, and the statement's own values beside them. */
	private static MapSqlParameterSource parameter(Pegawai p, Map<String, Object> lain) {
		MapSqlParameterSource param = new MapSqlParameterSource(lain);
		for (RecordComponent c : Pegawai.class.getRecordComponents()) {
			try {
				param.addValue(c.getName(), c.getAccessor().invoke(p));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return param;
	}

	long jumlah() {
		return jdbc.sql("SELECT count(*) FROM kepegawaian.pegawai").query(Long.class).single();
	}
}
