package id.kotacerdas.dokumen.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.dokumen.JenisTandaTangan;
import tools.jackson.databind.ObjectMapper;

@Repository
class DokumenRepository {

	private static final String KOLOM = """
			id, jenis_kode, klasifikasi, unit, tahun, urut, nomor, status, data::text as data, nik, nama, perihal, berlaku_sampai, opd_id,
			konsumen_modul, konsumen_ref, diterbitkan_pada, tanda_tangan, berkas_id, sha256, dicabut_pada, alasan_cabut""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	DokumenRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// --- kinds ---

	/** Adds the kind unless its code exists (an edited template is kept). */
	void tambahJenis(String kode, String nama, String konsumenModul, Long opdId, String pola, JenisTandaTangan ttd, String templat, Instant kini) {
		jdbc.sql("""
				insert into dokumen.jenis (kode, nama, konsumen_modul, opd_id, pola_nomor, tanda_tangan, templat, diubah_pada)
				values (:kode, :nama, :modul, :opd, :pola, :ttd, :templat, :kini) on conflict (kode) do nothing""")
			.param("kode", kode).param("nama", nama).param("modul", konsumenModul).param("opd", opdId).param("pola", pola)
			.param("ttd", ttd.name()).param("templat", templat).param("kini", Timestamp.from(kini))
			.update();
	}

	Optional<Jenis> jenis(String kode) {
		return jdbc.sql("select * from dokumen.jenis where kode = :kode").param("kode", kode).query(DokumenRepository::jenis).optional();
	}

	/** Every kind, or those of one agency (null = all), by name. */
	List<Jenis> semuaJenis(Long opdId) {
		return jdbc.sql("select * from dokumen.jenis where (cast(:opd as bigint) is null or opd_id = :opd) order by nama")
			.param("opd", opdId).query(DokumenRepository::jenis).list();
	}

	/** Stores an edited template and pattern under the version the editor saw; false when someone saved in between. */
	boolean ubahJenis(String kode, int versi, String pola, JenisTandaTangan ttd, String templat, Instant kini) {
		return jdbc.sql("""
				update dokumen.jenis set pola_nomor = :pola, tanda_tangan = :ttd, templat = :templat, diubah_pada = :kini, versi = versi + 1
				where kode = :kode and versi = :versi""")
			.param("kode", kode).param("versi", versi).param("pola", pola).param("ttd", ttd.name()).param("templat", templat)
			.param("kini", Timestamp.from(kini))
			.update() == 1;
	}

	private static Jenis jenis(ResultSet rs, int i) throws SQLException {
		return new Jenis(rs.getString("kode"), rs.getString("nama"), rs.getString("konsumen_modul"), rs.getObject("opd_id", Long.class),
				rs.getString("pola_nomor"), JenisTandaTangan.valueOf(rs.getString("tanda_tangan")), rs.getString("templat"),
				rs.getTimestamp("diubah_pada").toInstant(), rs.getInt("versi"));
	}

	// --- the register ---

	/**
	 * The next number of the register, in the caller's transaction: the row stays locked until it
	 * commits (a concurrent issue waits) and the number is undone if it rolls back, so numbers are
	 * given without gaps or twice. A new year (or unit, or code) starts its own row at 1.
	 */
	int ambilNomor(String klasifikasi, String unit, int tahun) {
		return jdbc.sql("""
				insert into dokumen.register (klasifikasi, unit, tahun, terakhir) values (:k, :u, :t, 1)
				on conflict (klasifikasi, unit, tahun) do update set terakhir = dokumen.register.terakhir + 1
				returning terakhir""")
			.param("k", klasifikasi).param("u", unit).param("t", tahun)
			.query(Integer.class).single();
	}

	// --- documents ---

	void tambah(Dokumen d) {
		jdbc.sql("""
				insert into dokumen.dokumen (id, jenis_kode, klasifikasi, unit, tahun, urut, nomor, status, data, nik, nama, perihal,
				  berlaku_sampai, opd_id, konsumen_modul, konsumen_ref, diterbitkan_pada, tanda_tangan)
				values (:id, :jenis, :k, :u, :t, :urut, :nomor, :status, cast(:data as jsonb), :nik, :nama, :perihal,
				  :berlaku, :opd, :modul, :ref, :waktu, :ttd)""")
			.param("id", d.id()).param("jenis", d.jenisKode()).param("k", d.klasifikasi()).param("u", d.unit()).param("t", d.tahun())
			.param("urut", d.urut()).param("nomor", d.nomor()).param("status", d.status().name())
			.param("data", json.writeValueAsString(d.data())).param("nik", d.nik()).param("nama", d.nama()).param("perihal", d.perihal())
			.param("berlaku", d.berlakuSampai()).param("opd", d.opdId()).param("modul", d.konsumenModul()).param("ref", d.konsumenRef())
			.param("waktu", Timestamp.from(d.diterbitkanPada())).param("ttd", d.tandaTangan().name())
			.update();
	}

	Optional<Dokumen> cari(UUID id) {
		return jdbc.sql("select " + KOLOM + " from dokumen.dokumen where id = :id").param("id", id).query(this::dokumen).optional();
	}

	Optional<Dokumen> cariKonsumen(String modul, String ref) {
		return jdbc.sql("select " + KOLOM + " from dokumen.dokumen where konsumen_modul = :m and konsumen_ref = :r")
			.param("m", modul).param("r", ref).query(this::dokumen).optional();
	}

	/** The newest documents of one agency (null = all), for the staff list. */
	List<Dokumen> terbaru(Long opdId, int batas) {
		return jdbc.sql("select " + KOLOM + " from dokumen.dokumen where (cast(:opd as bigint) is null or opd_id = :opd) "
				+ "order by diterbitkan_pada desc, nomor limit :batas")
			.param("opd", opdId).param("batas", batas).query(this::dokumen).list();
	}

	/** Records the stored PDF; false when another finisher was first (its file is the one kept). */
	boolean selesaikan(UUID id, UUID berkasId, String sha256) {
		return jdbc.sql("update dokumen.dokumen set status = 'TERBIT', berkas_id = :b, sha256 = :s where id = :id and status = 'DISIAPKAN'")
			.param("id", id).param("b", berkasId).param("s", sha256).update() == 1;
	}

	/** Documents whose issuing was interrupted after the number was taken, before {@code sebelum}, that the server can sign alone. */
	List<Dokumen> tertunda(Instant sebelum, int batas) {
		return jdbc.sql("select " + KOLOM + " from dokumen.dokumen where status = 'DISIAPKAN' and tanda_tangan <> 'BSRE' "
				+ "and diterbitkan_pada < :sebelum order by diterbitkan_pada limit :batas")
			.param("sebelum", Timestamp.from(sebelum)).param("batas", batas).query(this::dokumen).list();
	}

	boolean cabut(UUID id, Instant waktu, String alasan, String oleh) {
		return jdbc.sql("""
				update dokumen.dokumen set dicabut_pada = :w, alasan_cabut = :a, dicabut_oleh = :o
				where id = :id and status = 'TERBIT' and dicabut_pada is null""")
			.param("id", id).param("w", Timestamp.from(waktu)).param("a", alasan).param("o", oleh).update() == 1;
	}

	private Dokumen dokumen(ResultSet rs, int i) throws SQLException {
		Timestamp dicabut = rs.getTimestamp("dicabut_pada");
		return new Dokumen(rs.getObject("id", UUID.class), rs.getString("jenis_kode"), rs.getString("klasifikasi"), rs.getString("unit"),
				rs.getInt("tahun"), rs.getInt("urut"), rs.getString("nomor"), Dokumen.Status.valueOf(rs.getString("status")),
				json.readValue(rs.getString("data"), Dokumen.Data.class), rs.getString("nik"), rs.getString("nama"), rs.getString("perihal"),
				rs.getObject("berlaku_sampai", java.time.LocalDate.class), rs.getObject("opd_id", Long.class), rs.getString("konsumen_modul"),
				rs.getString("konsumen_ref"), rs.getTimestamp("diterbitkan_pada").toInstant(),
				JenisTandaTangan.valueOf(rs.getString("tanda_tangan")), rs.getObject("berkas_id", UUID.class), rs.getString("sha256"),
				dicabut == null ? null : dicabut.toInstant(), rs.getString("alasan_cabut"));
	}
}
