package id.kotacerdas.umkm.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.qris.KriteriaMerchant;

/** The registry's rows: businesses with their payment channels, photos, products and certificates. */
@Repository
class UsahaRepository {

	/** A business row with its channels folded in as arrays, in their order. */
	private static final String PILIH = """
			SELECT u.*, k.jenis AS k_jenis, k.nmid AS k_nmid, k.kriteria AS k_kriteria, k.diperiksa AS k_diperiksa, k.tautan AS k_tautan
			FROM umkm.usaha u
			LEFT JOIN LATERAL (SELECT array_agg(jenis ORDER BY urutan) AS jenis, array_agg(nmid ORDER BY urutan) AS nmid,
			                          array_agg(kriteria ORDER BY urutan) AS kriteria, array_agg(diperiksa ORDER BY urutan) AS diperiksa,
			                          array_agg(tautan ORDER BY urutan) AS tautan
			                   FROM umkm.kanal_bayar WHERE usaha_id = u.id) k ON true
			""";

	private final JdbcClient jdbc;

	UsahaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long tambah(Usaha u, String namaNormal) {
		return sisip(u, namaNormal, null);
	}

	/** A business of an applied import: active as it comes, without an application. */
	long tambahImpor(Usaha u, String namaNormal, long imporId) {
		return sisip(u, namaNormal, imporId);
	}

	private long sisip(Usaha u, String namaNormal, Long imporId) {
		long id = jdbc.sql("""
				INSERT INTO umkm.usaha (nik, nama_pemilik, telepon, email, nama, nama_normal, alamat, kelurahan_kode, lat, lon, kbli,
				    bentuk_hukum, nib, punya_npwp, modal, penjualan_tahunan, karyawan, jam_buka, whatsapp, keterangan, tampil_publik,
				    status, dibantu_oleh, dibuat, diaktifkan, impor_id)
				VALUES (:nik, :pemilik, :telepon, :email, :nama, :normal, :alamat, :kelurahan, :lat, :lon, :kbli, :bentuk, :nib, :npwp,
				    :modal, :penjualan, :karyawan, :jam, :wa, :ket, :publik, :status, :dibantu, :dibuat, :aktif, :impor)
				RETURNING id""")
			.param("nik", u.nik()).param("pemilik", u.namaPemilik()).param("telepon", u.telepon()).param("email", u.email())
			.param("nama", u.nama()).param("normal", namaNormal).param("alamat", u.alamat()).param("kelurahan", u.kelurahanKode())
			.param("lat", u.lat()).param("lon", u.lon()).param("kbli", u.kbli()).param("bentuk", u.bentukHukum().name())
			.param("nib", u.nib()).param("npwp", u.punyaNpwp()).param("modal", u.modal()).param("penjualan", u.penjualanTahunan())
			.param("karyawan", u.karyawan()).param("jam", u.jamBuka()).param("wa", u.whatsapp()).param("ket", u.keterangan())
			.param("publik", u.tampilPublik()).param("status", u.status().name()).param("dibantu", u.dibantuOleh())
			.param("dibuat", Timestamp.from(u.dibuat())).param("aktif", u.diaktifkan() == null ? null : Timestamp.from(u.diaktifkan()))
			.param("impor", imporId)
			.query(Long.class).single();
		tambahKanal(id, u.kanal());
		return id;
	}

	private void tambahKanal(long id, List<KanalBayar> kanal) {
		int urutan = 0;
		for (KanalBayar k : kanal) {
			jdbc.sql("INSERT INTO umkm.kanal_bayar (usaha_id, jenis, nmid, kriteria, diperiksa, tautan, urutan) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(id, k.jenis().name(), k.nmid(), k.kriteria() == null ? null : k.kriteria().name(), k.diperiksa(), k.tautan(), ++urutan)
				.update();
		}
	}

	/** The business locked until the transaction ends: two edits wait for each other. */
	Optional<Usaha> cariUntukDiubah(long id) {
		jdbc.sql("SELECT id FROM umkm.usaha WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
		return cari(id);
	}

	/** Replaces what the owner and staff may change; identity (NIK), status and history stay. Channels are replaced whole. */
	void ubah(Usaha u, String namaNormal) {
		jdbc.sql("""
				UPDATE umkm.usaha SET nama_pemilik = :pemilik, telepon = :telepon, email = :email, nama = :nama, nama_normal = :normal,
				    alamat = :alamat, kelurahan_kode = :kelurahan, lat = :lat, lon = :lon, kbli = :kbli, bentuk_hukum = :bentuk, nib = :nib,
				    punya_npwp = :npwp, modal = :modal, penjualan_tahunan = :penjualan, karyawan = :karyawan, jam_buka = :jam, whatsapp = :wa,
				    keterangan = :ket, tampil_publik = :publik
				WHERE id = :id""")
			.param("pemilik", u.namaPemilik()).param("telepon", u.telepon()).param("email", u.email()).param("nama", u.nama())
			.param("normal", namaNormal).param("alamat", u.alamat()).param("kelurahan", u.kelurahanKode()).param("lat", u.lat())
			.param("lon", u.lon()).param("kbli", u.kbli()).param("bentuk", u.bentukHukum().name()).param("nib", u.nib())
			.param("npwp", u.punyaNpwp()).param("modal", u.modal()).param("penjualan", u.penjualanTahunan()).param("karyawan", u.karyawan())
			.param("jam", u.jamBuka()).param("wa", u.whatsapp()).param("ket", u.keterangan()).param("publik", u.tampilPublik())
			.param("id", u.id()).update();
		jdbc.sql("DELETE FROM umkm.kanal_bayar WHERE usaha_id = ?").param(u.id()).update();
		tambahKanal(u.id(), u.kanal());
	}

	/** Lists or withdraws the business in the public directory; false when it already was so. */
	boolean tampilkan(long id, boolean tampil) {
		return jdbc.sql("UPDATE umkm.usaha SET tampil_publik = ? WHERE id = ? AND tampil_publik <> ?").params(tampil, id, tampil).update() == 1;
	}

	Optional<Long> idPermohonan(String kode) {
		return jdbc.sql("SELECT id FROM umkm.usaha WHERE permohonan_kode = ?").param(kode).query(Long.class).optional();
	}

	boolean adaNama(String nama) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM umkm.usaha WHERE nama = ?)").param(nama).query(Boolean.class).single();
	}

	void tandaiPermohonan(long id, String kode) {
		jdbc.sql("UPDATE umkm.usaha SET permohonan_kode = ? WHERE id = ?").params(kode, id).update();
	}

	/** Moves an open registration to its outcome; false when it was not waiting (the event came twice). */
	boolean selesaikan(long id, StatusUsaha status, Instant waktu) {
		return jdbc.sql("""
				UPDATE umkm.usaha SET status = ?, diaktifkan = CASE WHEN ? = 'AKTIF' THEN ? ELSE diaktifkan END
				WHERE id = ? AND status = 'DIAJUKAN'""")
			.params(status.name(), status.name(), Timestamp.from(waktu), id).update() == 1;
	}

	Optional<Usaha> cari(long id) {
		return jdbc.sql(PILIH + " WHERE u.id = ?").param(id).query(UsahaRepository::baris).optional();
	}

	/** Other live registrations of the same owner, with the same name (normalised) in the same kelurahan. */
	List<Usaha> duplikat(long id, String nik, String namaNormal, String kelurahan) {
		return jdbc.sql(PILIH + """
				 WHERE u.id <> ? AND u.nik = ? AND u.nama_normal = ? AND u.kelurahan_kode = ? AND u.status IN ('DIAJUKAN', 'AKTIF')
				 ORDER BY u.dibuat""")
			.params(id, nik, namaNormal, kelurahan).query(UsahaRepository::baris).list();
	}

	/** The active businesses of an owner, oldest first. */
	List<Usaha> aktifMilik(String nik) {
		return jdbc.sql(PILIH + " WHERE u.nik = ? AND u.status = 'AKTIF' ORDER BY u.diaktifkan, u.id").param(nik).query(UsahaRepository::baris).list();
	}

	String namaNormal(long id) {
		return jdbc.sql("SELECT nama_normal FROM umkm.usaha WHERE id = ?").param(id).query(String.class).single();
	}

	/** The staff list: by status, newest first; only those entered by {@code dibantuOleh} when it is given. */
	List<Usaha> daftar(StatusUsaha status, String dibantuOleh, int batas) {
		return jdbc.sql(PILIH + """
				 WHERE u.status = :status AND (CAST(:oleh AS text) IS NULL OR u.dibantu_oleh = :oleh)
				 ORDER BY u.dibuat DESC, u.id DESC LIMIT :batas""")
			.param("status", status.name()).param("oleh", dibantuOleh).param("batas", batas)
			.query(UsahaRepository::baris).list();
	}

	/** Filter of the public directory; null or empty parts filter nothing. */
	record Saringan(String kelurahan, List<String> kbli, boolean qris) {
	}

	private static final String SARING = """
			 WHERE u.status = 'AKTIF' AND u.tampil_publik
			   AND (CAST(:kelurahan AS text) IS NULL OR u.kelurahan_kode = :kelurahan)
			   AND (:semuaKbli OR u.kbli IN (:kbli))
			   AND (NOT :qris OR EXISTS (SELECT 1 FROM umkm.kanal_bayar q WHERE q.usaha_id = u.id AND q.jenis = 'QRIS'))
			""";

	List<Usaha> direktori(Saringan s, long lewati, int batas) {
		return saring(jdbc.sql(PILIH + SARING + " ORDER BY u.nama, u.id OFFSET :lewati LIMIT :batas"), s)
			.param("lewati", lewati).param("batas", batas).query(UsahaRepository::baris).list();
	}

	long hitungDirektori(Saringan s) {
		return saring(jdbc.sql("SELECT count(*) FROM umkm.usaha u " + SARING), s).query(Long.class).single();
	}

	/** Every business of the directory that has a pin, for the map. */
	List<Usaha> dipetakan(Saringan s) {
		return saring(jdbc.sql(PILIH + SARING + " AND u.lat IS NOT NULL ORDER BY u.id"), s).query(UsahaRepository::baris).list();
	}

	private static JdbcClient.StatementSpec saring(JdbcClient.StatementSpec sql, Saringan s) {
		boolean semua = s.kbli() == null || s.kbli().isEmpty();
		return sql.param("kelurahan", s.kelurahan()).param("semuaKbli", semua).param("kbli", semua ? List.of("") : s.kbli())
			.param("qris", s.qris());
	}

	void tambahFoto(long usahaId, UUID berkasId) {
		jdbc.sql("""
				INSERT INTO umkm.foto (usaha_id, berkas_id, urutan)
				VALUES (?, ?, (SELECT coalesce(max(urutan), 0) + 1 FROM umkm.foto WHERE usaha_id = ?))""")
			.params(usahaId, berkasId, usahaId).update();
	}

	List<UUID> foto(long usahaId) {
		return jdbc.sql("SELECT berkas_id FROM umkm.foto WHERE usaha_id = ? ORDER BY urutan").param(usahaId).query(UUID.class).list();
	}

	/** Whether the file is a photo of a business or product of the public directory. */
	boolean fotoPublik(UUID berkasId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM umkm.usaha u WHERE u.status = 'AKTIF' AND u.tampil_publik AND (
				    EXISTS (SELECT 1 FROM umkm.foto f WHERE f.usaha_id = u.id AND f.berkas_id = :b)
				    OR EXISTS (SELECT 1 FROM umkm.produk p WHERE p.usaha_id = u.id AND p.foto_id = :b)))""")
			.param("b", berkasId).query(Boolean.class).single();
	}

	/** The business a file belongs to (a photo, a product's photo, a certificate's scan). */
	Optional<Long> pemilikBerkas(UUID berkasId) {
		return jdbc.sql("""
				SELECT usaha_id FROM umkm.foto WHERE berkas_id = :b
				UNION SELECT usaha_id FROM umkm.produk WHERE foto_id = :b
				UNION SELECT usaha_id FROM umkm.sertifikat WHERE berkas_id = :b""")
			.param("b", berkasId).query(Long.class).optional();
	}

	long tambahProduk(long usahaId, Produk p) {
		return jdbc.sql("INSERT INTO umkm.produk (usaha_id, nama, harga_min, harga_maks, foto_id) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(usahaId, p.nama(), p.hargaMin(), p.hargaMaks(), p.fotoId()).query(Long.class).single();
	}

	List<Produk> produk(long usahaId) {
		return jdbc.sql("SELECT * FROM umkm.produk WHERE usaha_id = ? ORDER BY id").param(usahaId)
			.query((rs, i) -> new Produk(rs.getLong("id"), rs.getString("nama"), rs.getLong("harga_min"), rs.getLong("harga_maks"),
					rs.getObject("foto_id", UUID.class)))
			.list();
	}

	long tambahSertifikat(long usahaId, Sertifikat s) {
		return jdbc.sql("INSERT INTO umkm.sertifikat (usaha_id, jenis, nomor, berlaku_sampai, berkas_id) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(usahaId, s.jenis().name(), s.nomor(), s.berlakuSampai(), s.berkasId()).query(Long.class).single();
	}

	List<Sertifikat> sertifikat(long usahaId) {
		return jdbc.sql("SELECT * FROM umkm.sertifikat WHERE usaha_id = ? ORDER BY id").param(usahaId)
			.query((rs, i) -> new Sertifikat(rs.getLong("id"), Sertifikat.Jenis.valueOf(rs.getString("jenis")), rs.getString("nomor"),
					rs.getObject("berlaku_sampai", LocalDate.class), rs.getObject("berkas_id", UUID.class)))
			.list();
	}

	private static Usaha baris(ResultSet rs, int i) throws SQLException {
		List<KanalBayar> kanal = new ArrayList<>();
		String[] jenis = teks(rs.getArray("k_jenis"));
		String[] nmid = teks(rs.getArray("k_nmid"));
		String[] kriteria = teks(rs.getArray("k_kriteria"));
		Array diperiksaArray = rs.getArray("k_diperiksa");
		Boolean[] diperiksa = diperiksaArray == null ? new Boolean[0] : (Boolean[]) diperiksaArray.getArray();
		String[] tautan = teks(rs.getArray("k_tautan"));
		for (int k = 0; k < jenis.length; k++) {
			kanal.add(new KanalBayar(KanalBayar.Jenis.valueOf(jenis[k]), nmid[k], KriteriaMerchant.dari(kriteria[k]), diperiksa[k], tautan[k]));
		}
		Timestamp aktif = rs.getTimestamp("diaktifkan");
		return new Usaha(rs.getLong("id"), rs.getString("nik"), rs.getString("nama_pemilik"), rs.getString("telepon"), rs.getString("email"),
				rs.getString("nama"), rs.getString("alamat"), rs.getString("kelurahan_kode"), rs.getObject("lat", Double.class),
				rs.getObject("lon", Double.class), rs.getString("kbli"), BentukHukum.valueOf(rs.getString("bentuk_hukum")), rs.getString("nib"),
				rs.getBoolean("punya_npwp"), rs.getObject("modal", Long.class), rs.getObject("penjualan_tahunan", Long.class),
				rs.getInt("karyawan"), rs.getString("jam_buka"), rs.getString("whatsapp"), rs.getString("keterangan"),
				rs.getBoolean("tampil_publik"), StatusUsaha.valueOf(rs.getString("status")), rs.getString("permohonan_kode"),
				rs.getString("dibantu_oleh"), rs.getTimestamp("dibuat").toInstant(), aktif == null ? null : aktif.toInstant(), List.copyOf(kanal));
	}

	private static String[] teks(Array a) throws SQLException {
		return a == null ? new String[0] : (String[]) a.getArray();
	}

	/** Per kelurahan, KBLI and month of activation: active businesses, with NIB, accepting QRIS. */
	record Angka(String kelurahan, String kbli, YearMonth bulan, long terdaftar, long denganNib, long denganQris) {
	}

	List<Angka> angka() {
		return jdbc.sql("""
				SELECT u.kelurahan_kode, u.kbli, date_trunc('month', u.diaktifkan AT TIME ZONE 'Asia/Makassar')::date AS bulan,
				       count(*) AS terdaftar, count(u.nib) AS nib,
				       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM umkm.kanal_bayar q WHERE q.usaha_id = u.id AND q.jenis = 'QRIS')) AS qris
				FROM umkm.usaha u WHERE u.status = 'AKTIF' AND u.diaktifkan IS NOT NULL
				GROUP BY 1, 2, 3 ORDER BY 3, 1, 2""")
			.query((rs, i) -> new Angka(rs.getString(1), rs.getString(2), YearMonth.from(rs.getObject(3, LocalDate.class)),
					rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	/** Active businesses at a moment (activated before it) and how many of them accept QRIS. */
	record Adopsi(long aktif, long qris) {
	}

	Adopsi adopsiPada(Instant akhir) {
		return jdbc.sql("""
				SELECT count(*) AS aktif,
				       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM umkm.kanal_bayar q WHERE q.usaha_id = u.id AND q.jenis = 'QRIS')) AS qris
				FROM umkm.usaha u WHERE u.status = 'AKTIF' AND u.diaktifkan < ?""")
			.param(Timestamp.from(akhir))
			.query((rs, i) -> new Adopsi(rs.getLong("aktif"), rs.getLong("qris"))).single();
	}
}
