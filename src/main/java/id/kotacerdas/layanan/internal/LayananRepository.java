package id.kotacerdas.layanan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Stores the catalogue: one row per service, its form and steps as JSON documents of the row. */
@Repository
class LayananRepository {

	private static final TypeReference<List<Isian>> DAFTAR_ISIAN = new TypeReference<>() {
	};

	private static final TypeReference<List<DokumenSyarat>> DAFTAR_DOKUMEN = new TypeReference<>() {
	};

	private static final TypeReference<List<Langkah>> DAFTAR_LANGKAH = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	LayananRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<JenisLayanan> cari(String kode) {
		return jdbc.sql("select * from layanan.layanan where kode = :kode").param("kode", kode).query(this::baca).optional();
	}

	Optional<JenisLayanan> cari(long id) {
		return jdbc.sql("select * from layanan.layanan where id = :id").param("id", id).query(this::baca).optional();
	}

	List<JenisLayanan> semua() {
		return jdbc.sql("select * from layanan.layanan order by nama, id").query(this::baca).list();
	}

	/**
	 * The active services whose name, summary or product contain every typed word (any case), on
	 * the level and of the agency asked for; by name.
	 */
	List<JenisLayanan> katalog(String kata, Tingkat tingkat, Long opdId) {
		StringBuilder sql = new StringBuilder("select * from layanan.layanan where aktif");
		List<String> daftarKata = kata == null ? List.of() : List.of(kata.toLowerCase(Locale.ROOT).trim().split("\\s+"));
		List<Object> param = new ArrayList<>();
		for (String k : daftarKata) {
			if (!k.isBlank()) {
				sql.append(" and lower(nama || ' ' || ringkasan || ' ' || produk || ' ' || kode) like ? escape '\\'");
				param.add("%" + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
		}
		if (tingkat != null) {
			sql.append(" and tingkat = ?");
			param.add(tingkat.name().toLowerCase(Locale.ROOT));
		}
		if (opdId != null) {
			sql.append(" and opd_id = ?");
			param.add(opdId);
		}
		sql.append(" order by nama, id");
		return jdbc.sql(sql.toString()).params(param).query(this::baca).list();
	}

	long tambah(JenisLayanan l) {
		return jdbc.sql("""
				insert into layanan.layanan (kode, nama, ringkasan, tingkat, opd_id, unit, klasifikasi, produk, persyaratan, prosedur,
				  batas_hari_kerja, biaya, keterangan_biaya, pengaduan, dasar_hukum, sarana, kompetensi, pengawasan, jumlah_pelaksana, jaminan_pelayanan,
				  jaminan_keamanan, evaluasi_kinerja, masa_berlaku_bulan, isian, dokumen, langkah, aktif)
				values (:kode, :nama, :ringkasan, :tingkat, :opd, :unit, :klasifikasi, :produk, :persyaratan, :prosedur,
				  :batas, :biaya, :keteranganBiaya, :pengaduan, :dasarHukum, :sarana, :kompetensi, :pengawasan, :jumlahPelaksana, :jaminanPelayanan,
				  :jaminanKeamanan, :evaluasiKinerja, :masaBerlaku, cast(:isian as jsonb), cast(:dokumen as jsonb), cast(:langkah as jsonb), :aktif)
				returning id""")
			.params(param(l))
			.query(Long.class)
			.single();
	}

	/** Replaces the definition if the row is still at the version the editor saw; false otherwise (another edit came first). */
	boolean ubah(JenisLayanan l) {
		return jdbc.sql("""
				update layanan.layanan set nama = :nama, ringkasan = :ringkasan, tingkat = :tingkat, opd_id = :opd, unit = :unit,
				  klasifikasi = :klasifikasi, produk = :produk, persyaratan = :persyaratan, prosedur = :prosedur, batas_hari_kerja = :batas,
				  biaya = :biaya, keterangan_biaya = :keteranganBiaya, pengaduan = :pengaduan, dasar_hukum = :dasarHukum, sarana = :sarana, kompetensi = :kompetensi,
				  pengawasan = :pengawasan, jumlah_pelaksana = :jumlahPelaksana, jaminan_pelayanan = :jaminanPelayanan,
				  jaminan_keamanan = :jaminanKeamanan, evaluasi_kinerja = :evaluasiKinerja, masa_berlaku_bulan = :masaBerlaku, isian = cast(:isian as jsonb),
				  dokumen = cast(:dokumen as jsonb), langkah = cast(:langkah as jsonb), aktif = :aktif, versi = versi + 1, diubah_pada = now()
				where id = :id and versi = :versi""")
			.params(param(l))
			.update() == 1;
	}

	void tetapkanAlur(long id, String alurKode, int alurVersi) {
		jdbc.sql("update layanan.layanan set alur_kode = :kode, alur_versi = :versi where id = :id")
			.param("kode", alurKode).param("versi", alurVersi).param("id", id)
			.update();
	}

	private java.util.Map<String, Object> param(JenisLayanan l) {
		Standar s = l.standar();
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", l.id());
		p.put("versi", l.versi());
		p.put("kode", l.kode());
		p.put("nama", l.nama());
		p.put("ringkasan", l.ringkasan() == null ? "" : l.ringkasan());
		p.put("tingkat", l.tingkat().name().toLowerCase(Locale.ROOT));
		p.put("opd", l.opdId());
		p.put("unit", l.unit());
		p.put("klasifikasi", l.klasifikasi());
		p.put("produk", s.produk());
		p.put("persyaratan", teks(s.persyaratan()));
		p.put("prosedur", teks(s.prosedur()));
		p.put("batas", s.batasHariKerja());
		p.put("biaya", s.biaya());
		p.put("keteranganBiaya", teks(s.keteranganBiaya()));
		p.put("pengaduan", s.pengaduan());
		p.put("dasarHukum", s.dasarHukum());
		p.put("sarana", teks(s.sarana()));
		p.put("kompetensi", teks(s.kompetensi()));
		p.put("pengawasan", teks(s.pengawasan()));
		p.put("jumlahPelaksana", teks(s.jumlahPelaksana()));
		p.put("jaminanPelayanan", teks(s.jaminanPelayanan()));
		p.put("jaminanKeamanan", teks(s.jaminanKeamanan()));
		p.put("evaluasiKinerja", teks(s.evaluasiKinerja()));
		p.put("masaBerlaku", s.masaBerlakuBulan());
		p.put("isian", json.writeValueAsString(l.isian()));
		p.put("dokumen", json.writeValueAsString(l.dokumen()));
		p.put("langkah", json.writeValueAsString(l.langkah()));
		p.put("aktif", l.aktif());
		return p;
	}

	private static String teks(String t) {
		return t == null ? "" : t.strip();
	}

	List<Isian> bacaIsian(String teks) {
		return json.readValue(teks, DAFTAR_ISIAN);
	}

	List<DokumenSyarat> bacaDokumen(String teks) {
		return json.readValue(teks, DAFTAR_DOKUMEN);
	}

	String tulis(Object nilai) {
		return json.writeValueAsString(nilai);
	}

	private JenisLayanan baca(ResultSet rs, int n) throws SQLException {
		Standar s = new Standar(rs.getString("persyaratan"), rs.getString("prosedur"), rs.getInt("batas_hari_kerja"), rs.getLong("biaya"),
				rs.getString("keterangan_biaya"),
				rs.getString("produk"), rs.getString("pengaduan"), rs.getString("dasar_hukum"), rs.getString("sarana"),
				rs.getString("kompetensi"), rs.getString("pengawasan"), rs.getString("jumlah_pelaksana"), rs.getString("jaminan_pelayanan"),
				rs.getString("jaminan_keamanan"), rs.getString("evaluasi_kinerja"), rs.getObject("masa_berlaku_bulan", Integer.class));
		return new JenisLayanan(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"), rs.getString("ringkasan"),
				Tingkat.valueOf(rs.getString("tingkat").toUpperCase(Locale.ROOT)), rs.getLong("opd_id"), rs.getString("unit"),
				rs.getString("klasifikasi"), s, bacaIsian(rs.getString("isian")), bacaDokumen(rs.getString("dokumen")),
				json.readValue(rs.getString("langkah"), DAFTAR_LANGKAH), rs.getString("alur_kode"), rs.getInt("alur_versi"),
				rs.getBoolean("aktif"), rs.getInt("versi"));
	}
}
