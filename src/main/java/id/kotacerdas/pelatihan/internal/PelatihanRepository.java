package id.kotacerdas.pelatihan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes, sessions, participants, check-ins and follow-ups. */
@Repository
class PelatihanRepository {

	private static final String SESI = """
			SELECT s.id, s.program_id, g.judul, g.topik, g.opd_id, g.mitra, s.pelatih, s.tempat, s.kelurahan_kode, s.mulai, s.selesai,
			       s.kuota,
			       (SELECT count(*) FROM pelatihan.peserta p WHERE p.sesi_id = s.id) AS terdaftar,
			       (SELECT count(*) FROM pelatihan.kehadiran k WHERE k.sesi_id = s.id) AS hadir
			FROM pelatihan.sesi s JOIN pelatihan.program g ON g.id = s.program_id
			""";

	private static final String PESERTA = """
			SELECT p.id, p.sesi_id, p.kode, p.nama, p.telepon, p.nik, p.nama_usaha, p.kelurahan_kode, p.usaha_id, p.didaftarkan_oleh,
			       p.dibuat, p.dokumen_id, k.dipindai AS hadir
			FROM pelatihan.peserta p LEFT JOIN pelatihan.kehadiran k ON k.peserta_id = p.id
			""";

	/** A business counted once: its UMKM record, or its phone number until one matches. */
	private static final String USAHA = "coalesce('u' || p.usaha_id, 't' || p.telepon)";

	private final JdbcClient jdbc;

	PelatihanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long tambahProgram(String judul, Topik topik, long opdId, String mitra, String keterangan, Instant dibuat, String oleh) {
		return jdbc.sql("""
				INSERT INTO pelatihan.program (judul, topik, opd_id, mitra, keterangan, dibuat, dibuat_oleh)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(judul, topik.name(), opdId, mitra, keterangan, Timestamp.from(dibuat), oleh).query(Long.class).single();
	}

	Optional<Rekaman.Program> program(long id) {
		return jdbc.sql("SELECT * FROM pelatihan.program WHERE id = ?").param(id).query(Rekaman.Program.class).optional();
	}

	/** @param opdId the agency's programmes, or null for all */
	List<Rekaman.Program> programList(Long opdId, int batas) {
		return jdbc.sql("SELECT * FROM pelatihan.program WHERE (CAST(:opd AS bigint) IS NULL OR opd_id = :opd) ORDER BY id DESC LIMIT :batas")
			.param("opd", opdId).param("batas", batas).query(Rekaman.Program.class).list();
	}

	boolean adaProgram(String judul) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pelatihan.program WHERE judul = ?)").param(judul).query(Boolean.class).single();
	}

	long tambahSesi(long programId, String pelatih, String tempat, String kelurahan, Instant mulai, Instant selesai, int kuota, Instant dibuat) {
		return jdbc.sql("""
				INSERT INTO pelatihan.sesi (program_id, pelatih, tempat, kelurahan_kode, mulai, selesai, kuota, dibuat)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(programId, pelatih, tempat, kelurahan, Timestamp.from(mulai), Timestamp.from(selesai), kuota, Timestamp.from(dibuat))
			.query(Long.class).single();
	}

	Optional<Rekaman.Sesi> sesi(long id) {
		return jdbc.sql(SESI + " WHERE s.id = ?").param(id).query(Rekaman.Sesi.class).optional();
	}

	/** Locks the session row: sign-ups to one session wait in line, so the quota holds. */
	void kunciSesi(long id) {
		jdbc.sql("SELECT id FROM pelatihan.sesi WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	List<Rekaman.Sesi> sesiProgram(long programId) {
		return jdbc.sql(SESI + " WHERE s.program_id = ? ORDER BY s.mulai").param(programId).query(Rekaman.Sesi.class).list();
	}

	/** Sessions not yet ended, soonest first: what a business owner may sign up for. */
	List<Rekaman.Sesi> sesiMendatang(Instant kini, int batas) {
		return jdbc.sql(SESI + " WHERE s.selesai > ? ORDER BY s.mulai LIMIT ?").params(Timestamp.from(kini), batas)
			.query(Rekaman.Sesi.class).list();
	}

	/** @param opdId the agency's sessions, or null for all; the latest first */
	List<Rekaman.Sesi> sesiTerbaru(Long opdId, int batas) {
		return jdbc.sql(SESI + " WHERE (CAST(:opd AS bigint) IS NULL OR g.opd_id = :opd) ORDER BY s.mulai DESC LIMIT :batas")
			.param("opd", opdId).param("batas", batas).query(Rekaman.Sesi.class).list();
	}

	long hitungPeserta(long sesiId) {
		return jdbc.sql("SELECT count(*) FROM pelatihan.peserta WHERE sesi_id = ?").param(sesiId).query(Long.class).single();
	}

	boolean adaTelepon(long sesiId, String telepon) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pelatihan.peserta WHERE sesi_id = ? AND telepon = ?)").params(sesiId, telepon)
			.query(Boolean.class).single();
	}

	long tambahPeserta(long sesiId, String kode, String sandi, String nama, String telepon, String nik, String namaUsaha, String kelurahan,
			Long usahaId, String oleh, Instant dibuat) {
		return jdbc.sql("""
				INSERT INTO pelatihan.peserta (sesi_id, kode, sandi, nama, telepon, nik, nama_usaha, kelurahan_kode, usaha_id,
				    didaftarkan_oleh, dibuat)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(sesiId, kode, sandi, nama, telepon, nik, namaUsaha, kelurahan, usahaId, oleh, Timestamp.from(dibuat))
			.query(Long.class).single();
	}

	List<Rekaman.Peserta> pesertaSesi(long sesiId) {
		return jdbc.sql(PESERTA + " WHERE p.sesi_id = ? ORDER BY p.nama, p.id").param(sesiId).query(Rekaman.Peserta.class).list();
	}

	Optional<Rekaman.Peserta> pesertaKode(String kode) {
		return jdbc.sql(PESERTA + " WHERE p.kode = ?").param(kode).query(Rekaman.Peserta.class).optional();
	}

	/** The participant whose private link this is. */
	Optional<Rekaman.Peserta> pesertaSandi(String kode, String sandi) {
		return jdbc.sql(PESERTA + " WHERE p.kode = ? AND p.sandi = ?").params(kode, sandi).query(Rekaman.Peserta.class).optional();
	}

	/** Participants not tied to a business yet, oldest first. */
	List<Rekaman.Peserta> pesertaTanpaUsaha(int batas) {
		return jdbc.sql(PESERTA + " WHERE p.usaha_id IS NULL ORDER BY p.id LIMIT ?").param(batas).query(Rekaman.Peserta.class).list();
	}

	void tautkanUsaha(long pesertaId, long usahaId) {
		jdbc.sql("UPDATE pelatihan.peserta SET usaha_id = ? WHERE id = ? AND usaha_id IS NULL").params(usahaId, pesertaId).update();
	}

	void tambahTautanAbsen(String sandi, long sesiId, Instant berlakuSampai, Instant dibuat, String oleh) {
		jdbc.sql("INSERT INTO pelatihan.tautan_absen (sandi, sesi_id, berlaku_sampai, dibuat, dibuat_oleh) VALUES (?, ?, ?, ?, ?)")
			.params(sandi, sesiId, Timestamp.from(berlakuSampai), Timestamp.from(dibuat), oleh).update();
	}

	boolean tautanAbsenBerlaku(long sesiId, String sandi, Instant kini) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pelatihan.tautan_absen WHERE sesi_id = ? AND sandi = ? AND berlaku_sampai > ?)")
			.params(sesiId, sandi, Timestamp.from(kini)).query(Boolean.class).single();
	}

	/**
	 * Records a check-in once per participant: a second scan (another phone, a retried sync) keeps the earliest
	 * scan time and is not a new attendance.
	 *
	 * @return true when this was the participant's first check-in
	 */
	boolean catatHadir(long pesertaId, long sesiId, Instant dipindai, Instant diterima, String perangkat) {
		Boolean baru = jdbc.sql("""
				INSERT INTO pelatihan.kehadiran (peserta_id, sesi_id, dipindai, diterima, perangkat) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (peserta_id) DO UPDATE SET dipindai = least(pelatihan.kehadiran.dipindai, excluded.dipindai)
				RETURNING (xmax = 0)""")
			.params(pesertaId, sesiId, Timestamp.from(dipindai), Timestamp.from(diterima), perangkat).query(Boolean.class).single();
		return baru;
	}

	/** The follow-up of an attendance, once. */
	void jadwalkanTindakLanjut(long pesertaId, LocalDate jatuhTempo) {
		jdbc.sql("INSERT INTO pelatihan.tindak_lanjut (peserta_id, jatuh_tempo) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(pesertaId, jatuhTempo).update();
	}

	List<Rekaman.TindakLanjutJatuhTempo> tindakLanjutJatuhTempo(LocalDate hari, int batas) {
		return jdbc.sql("""
				SELECT t.peserta_id, p.kode, p.telepon, p.nama, g.judul
				FROM pelatihan.tindak_lanjut t JOIN pelatihan.peserta p ON p.id = t.peserta_id
				JOIN pelatihan.sesi s ON s.id = p.sesi_id JOIN pelatihan.program g ON g.id = s.program_id
				WHERE t.dikirim IS NULL AND t.jatuh_tempo <= ? ORDER BY t.jatuh_tempo, t.peserta_id LIMIT ?
				FOR UPDATE OF t SKIP LOCKED""")
			.params(hari, batas).query(Rekaman.TindakLanjutJatuhTempo.class).list();
	}

	void tandaiTindakLanjutDikirim(long pesertaId, String sandi, Instant kini) {
		jdbc.sql("UPDATE pelatihan.tindak_lanjut SET dikirim = ?, sandi = ? WHERE peserta_id = ?").params(Timestamp.from(kini), sandi, pesertaId)
			.update();
	}

	private static final String TINDAK_LANJUT = """
			SELECT peserta_id, jatuh_tempo, dikirim, dijawab, jual_online, pakai_qris, penjualan_naik,
			       array_to_string(tautan_toko, ' ') AS tautan_toko
			FROM pelatihan.tindak_lanjut WHERE peserta_id = ?""";

	Optional<Rekaman.TindakLanjut> tindakLanjut(long pesertaId) {
		return jdbc.sql(TINDAK_LANJUT).param(pesertaId).query(Rekaman.TindakLanjut.class)
			.optional();
	}

	/** The follow-up whose private link this is (sent, so with a token). */
	Optional<Rekaman.TindakLanjut> tindakLanjutSandi(long pesertaId, String sandi) {
		return jdbc.sql(TINDAK_LANJUT + " AND sandi = ?").params(pesertaId, sandi)
			.query(Rekaman.TindakLanjut.class).optional();
	}

	/** @return false when it was answered already (the first answer stands) */
	boolean jawabTindakLanjut(long pesertaId, boolean jualOnline, boolean pakaiQris, boolean penjualanNaik, List<String> tautan, Instant kini) {
		return jdbc.sql("""
				UPDATE pelatihan.tindak_lanjut SET dijawab = ?, jual_online = ?, pakai_qris = ?, penjualan_naik = ?, tautan_toko = ?
				WHERE peserta_id = ? AND dijawab IS NULL""")
			.params(Timestamp.from(kini), jualOnline, pakaiQris, penjualanNaik, tautan.toArray(String[]::new), pesertaId).update() == 1;
	}

	void catatSertifikat(long pesertaId, UUID dokumenId) {
		jdbc.sql("UPDATE pelatihan.peserta SET dokumen_id = ? WHERE id = ?").params(dokumenId, pesertaId).update();
	}

	/** How the figures are grouped; each a fixed SQL expression. */
	enum Per {

		TAHUN("to_char(s.mulai AT TIME ZONE 'Asia/Makassar', 'YYYY')"), BULAN("to_char(s.mulai AT TIME ZONE 'Asia/Makassar', 'YYYY-MM')"),
		KELURAHAN("p.kelurahan_kode"), TOPIK("g.topik");

		private final String sql;

		Per(String sql) {
			this.sql = sql;
		}
	}

	/** The figures of sessions started before {@code kini}, per group. */
	List<Rekaman.Angka> angka(Per per, Instant kini) {
		return jdbc.sql(angkaSql(per.sql + " AS kelompok", "1")).param(Timestamp.from(kini)).query(Rekaman.Angka.class).list();
	}

	/** Per year, kelurahan and topic at once (the open dataset): the group is {@code tahun|kelurahan|topik}. */
	List<Rekaman.Angka> angkaRinci(Instant kini) {
		return jdbc.sql(angkaSql(Per.TAHUN.sql + " || '|' || " + Per.KELURAHAN.sql + " || '|' || " + Per.TOPIK.sql + " AS kelompok", "1"))
			.param(Timestamp.from(kini)).query(Rekaman.Angka.class).list();
	}

	private static String angkaSql(String kelompok, String grup) {
		return "SELECT " + kelompok + """
				, count(DISTINCT p.sesi_id) AS sesi, count(*) AS terdaftar, count(k.peserta_id) AS hadir,
				  count(DISTINCT CASE WHEN k.peserta_id IS NOT NULL THEN\s""" + USAHA + """
				 END) AS dilatih,
				  count(t.dikirim) AS tindak_lanjut_dikirim, count(t.dijawab) AS tindak_lanjut_dijawab,
				  count(*) FILTER (WHERE t.jual_online) AS jual_online, count(*) FILTER (WHERE t.pakai_qris) AS pakai_qris,
				  count(*) FILTER (WHERE cardinality(t.tautan_toko) > 0) AS toko_daring
				FROM pelatihan.peserta p JOIN pelatihan.sesi s ON s.id = p.sesi_id JOIN pelatihan.program g ON g.id = s.program_id
				LEFT JOIN pelatihan.kehadiran k ON k.peserta_id = p.id LEFT JOIN pelatihan.tindak_lanjut t ON t.peserta_id = p.id
				WHERE s.mulai <= ? GROUP BY\s""" + grup + " ORDER BY 1";
	}

	/** Distinct businesses that attended a session started before {@code sampai}, and the attendances read. */
	record Dilatih(long usaha, long kehadiran) {
	}

	Dilatih dilatih(Instant sampai) {
		return jdbc.sql("SELECT count(DISTINCT " + USAHA + ") AS usaha, count(*) AS kehadiran FROM pelatihan.kehadiran k "
				+ "JOIN pelatihan.peserta p ON p.id = k.peserta_id JOIN pelatihan.sesi s ON s.id = p.sesi_id WHERE s.mulai <= ?")
			.param(Timestamp.from(sampai)).query(Dilatih.class).single();
	}

	/** The first and last session start, for the dataset's time span. */
	record Rentang(Instant pertama, Instant terakhir) {
	}

	Rentang rentang(Instant kini) {
		return jdbc.sql("SELECT min(s.mulai) AS pertama, max(s.mulai) AS terakhir FROM pelatihan.sesi s "
				+ "WHERE s.mulai <= ? AND EXISTS (SELECT 1 FROM pelatihan.peserta p WHERE p.sesi_id = s.id)")
			.param(Timestamp.from(kini)).query(Rentang.class).single();
	}
}
