package id.kotacerdas.kepegawaian.internal.siasn;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.kepegawaian.internal.Pegawai;

/**
 * The SIASN tables, and the employee register read and written in bulk: statements built from the
 * record's own fields (column = field in snake case), sent in batches.
 */
@Repository
class SiasnRepository {

	/** Rows per JDBC batch: large enough to save round trips, small enough for the driver's buffers. */
	static final int UKURAN_BATCH = 500;

	private static final Pattern HURUF_BESAR = Pattern.compile("([A-Z])");

	/** The register's fields written by an import: all but the key and the change time. */
	private static final List<String> ISIAN_PEGAWAI = Arrays.stream(Pegawai.class.getRecordComponents())
		.map(RecordComponent::getName)
		.filter(n -> !n.equals("id") && !n.equals("diubah"))
		.toList();

	private static final String TAMBAH_PEGAWAI = "INSERT INTO kepegawaian.pegawai (" + kolom(ISIAN_PEGAWAI) + ", dibuat, diubah) VALUES ("
			+ ISIAN_PEGAWAI.stream().map(n -> ":" + n).collect(Collectors.joining(", ")) + ", :waktu, :waktu)";

	private static final String UBAH_PEGAWAI = "UPDATE kepegawaian.pegawai SET "
			+ ISIAN_PEGAWAI.stream().map(n -> snake(n) + " = :" + n).collect(Collectors.joining(", ")) + ", diubah = :waktu WHERE id = :id";

	private static final List<String> ISIAN_SIASN = Arrays.stream(PegawaiSiasn.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	private static final String TAMBAH_SIASN = "INSERT INTO kepegawaian.siasn_pegawai (rujukan_id, " + kolom(ISIAN_SIASN) + ") VALUES (:rujukan, "
			+ ISIAN_SIASN.stream().map(n -> ":" + n).collect(Collectors.joining(", ")) + ")";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	SiasnRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The register of one agency, or the city's (null), to {@code tiap} in name order (about 7,000 records: read at once). */
	void pegawai(Long opdId, Consumer<Pegawai> tiap) {
		jdbc.sql("SELECT * FROM kepegawaian.pegawai WHERE (CAST(:opd AS bigint) IS NULL OR opd_id = :opd) ORDER BY nama, id")
			.param("opd", opdId)
			.query(Pegawai.class)
			.list()
			.forEach(tiap);
	}

	Optional<Pegawai> cari(long id) {
		return jdbc.sql("SELECT * FROM kepegawaian.pegawai WHERE id = ?").param(id).query(Pegawai.class).optional();
	}

	void tambahPegawai(List<Pegawai> baru, Instant waktu) {
		kirim(TAMBAH_PEGAWAI, baru, waktu);
	}

	/** NIP → id of the given records. */
	Map<String, Long> idNip(List<String> nip) {
		Map<String, Long> hasil = new java.util.HashMap<>();
		for (int i = 0; i < nip.size(); i += UKURAN_BATCH) {
			jdbc.sql("SELECT nip, id FROM kepegawaian.pegawai WHERE nip = ANY(:nip)")
				.param("nip", nip.subList(i, Math.min(nip.size(), i + UKURAN_BATCH)).toArray(String[]::new))
				.query((rs, n) -> hasil.put(rs.getString("nip"), rs.getLong("id")))
				.list();
		}
		return hasil;
	}

	void ubahPegawai(List<Pegawai> berubah, Instant waktu) {
		kirim(UBAH_PEGAWAI, berubah, waktu);
	}

	private void kirim(String sql, List<Pegawai> daftar, Instant waktu) {
		Timestamp t = Timestamp.from(waktu);
		for (int i = 0; i < daftar.size(); i += UKURAN_BATCH) {
			SqlParameterSource[] param = daftar.subList(i, Math.min(daftar.size(), i + UKURAN_BATCH))
				.stream()
				.map(p -> parameter(p).addValue("waktu", t))
				.toArray(SqlParameterSource[]::new);
			batch.batchUpdate(sql, param);
		}
	}

	record Unggahan(UUID id, String namaBerkas, String jenis, byte[] isi, String sidik, String oleh, Instant diterapkan) {
	}

	void simpanUnggahan(UUID id, String namaBerkas, String jenis, byte[] isi, String sidik, String oleh, Instant waktu) {
		jdbc.sql("""
				INSERT INTO kepegawaian.siasn_unggahan (id, nama_berkas, jenis, isi, sidik, oleh, dibuat)
				VALUES (?, ?, ?, ?, ?, ?, ?)""").params(id, namaBerkas, jenis, isi, sidik, oleh, Timestamp.from(waktu)).update();
	}

	Optional<Unggahan> unggahan(UUID id) {
		return jdbc.sql("SELECT id, nama_berkas, jenis, isi, sidik, oleh, diterapkan FROM kepegawaian.siasn_unggahan WHERE id = ?")
			.param(id)
			.query(Unggahan.class)
			.optional();
	}

	/** Marks the sheet applied; false when it already was (a second click, another tab). */
	boolean tandaiDiterapkan(UUID id, Instant waktu) {
		return jdbc.sql("UPDATE kepegawaian.siasn_unggahan SET diterapkan = ?, isi = '' WHERE id = ? AND diterapkan IS NULL")
			.params(Timestamp.from(waktu), id)
			.update() == 1;
	}

	/** Sheets checked but never applied, after a day: the bytes are personal data with no further use. */
	int hapusUnggahanLama(Instant sebelum) {
		return jdbc.sql("DELETE FROM kepegawaian.siasn_unggahan WHERE dibuat < ? AND diterapkan IS NULL").param(Timestamp.from(sebelum)).update();
	}

	/** One imported SIASN export. */
	/** Serializable: it travels in the flash map, which lives in the (JDBC) session across the redirect. */
	record Rujukan(long id, LocalDate tanggalData, String namaBerkas, int jumlah, int dilewati, String oleh, Instant diimpor)
			implements java.io.Serializable {
	}

	long rujukanBaru(LocalDate tanggalData, String namaBerkas, String oleh, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO kepegawaian.siasn_rujukan (tanggal_data, nama_berkas, jumlah, dilewati, oleh, diimpor)
				VALUES (?, ?, 0, 0, ?, ?) RETURNING id""").params(tanggalData, namaBerkas, oleh, Timestamp.from(waktu)).query(Long.class).single();
	}

	void tambahIsiRujukan(long rujukan, List<PegawaiSiasn> isi) {
		SqlParameterSource[] param = isi.stream().map(p -> parameter(p).addValue("rujukan", rujukan)).toArray(SqlParameterSource[]::new);
		batch.batchUpdate(TAMBAH_SIASN, param);
	}

	void selesaiRujukan(long rujukan, int jumlah, int dilewati) {
		jdbc.sql("UPDATE kepegawaian.siasn_rujukan SET jumlah = ?, dilewati = ? WHERE id = ?").params(jumlah, dilewati, rujukan).update();
	}

	/** The reference in force: the latest data, and of two exports of one day the later import. */
	Optional<Rujukan> rujukanTerbaru() {
		return jdbc.sql("SELECT * FROM kepegawaian.siasn_rujukan ORDER BY tanggal_data DESC, id DESC LIMIT 1").query(Rujukan.class).optional();
	}

	Map<String, PegawaiSiasn> isiRujukan(long rujukan) {
		return jdbc.sql("SELECT " + kolom(ISIAN_SIASN) + " FROM kepegawaian.siasn_pegawai WHERE rujukan_id = ?")
			.param(rujukan)
			.query(PegawaiSiasn.class)
			.list()
			.stream()
			.collect(Collectors.toMap(p -> p.nip().strip(), p -> p));
	}

	Optional<PegawaiSiasn> isiRujukan(long rujukan, String nip) {
		return jdbc.sql("SELECT " + kolom(ISIAN_SIASN) + " FROM kepegawaian.siasn_pegawai WHERE rujukan_id = ? AND nip = ?")
			.params(rujukan, nip)
			.query(PegawaiSiasn.class)
			.optional();
	}

	private static MapSqlParameterSource parameter(Record r) {
		MapSqlParameterSource param = new MapSqlParameterSource();
		for (RecordComponent c : r.getClass().getRecordComponents()) {
			try {
				param.addValue(c.getName(), c.getAccessor().invoke(r));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return param;
	}

	private static String kolom(List<String> isian) {
		return isian.stream().map(SiasnRepository::snake).collect(Collectors.joining(", "));
	}

	private static String snake(String isian) {
		return HURUF_BESAR.matcher(isian).replaceAll("_$1").toLowerCase(java.util.Locale.ROOT);
	}
}
