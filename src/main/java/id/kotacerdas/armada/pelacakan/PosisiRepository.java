package id.kotacerdas.armada.pelacakan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class PosisiRepository {

	private static final String KOLOM = "kendaraan_id, waktu, diterima, lat, lon, kecepatan_knot, arah, ketinggian, akurasi, valid, jarak_m, atribut::text AS atribut";

	private static final TypeReference<Map<String, Object>> PETA = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PosisiRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The newest stored position of every registered vehicle (each an index probe). */
	List<Posisi> terakhirSemua() {
		return jdbc.sql("""
				SELECT p.* FROM armada.kendaraan k CROSS JOIN LATERAL (
				  SELECT %s FROM armada.posisi p WHERE p.kendaraan_id = k.id ORDER BY waktu DESC LIMIT 1) p""".formatted(KOLOM))
			.query(this::baris)
			.list();
	}

	Optional<Posisi> terakhir(long kendaraanId) {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.posisi WHERE kendaraan_id = ? ORDER BY waktu DESC LIMIT 1")
			.param(kendaraanId)
			.query(this::baris)
			.optional();
	}

	List<Posisi> riwayat(long kendaraanId, Instant dari, Instant sampai) {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.posisi WHERE kendaraan_id = ? AND waktu >= ? AND waktu <= ? ORDER BY waktu")
			.params(kendaraanId, Timestamp.from(dari), Timestamp.from(sampai))
			.query(this::baris)
			.list();
	}

	/** The GPS odometer (metres) at time {@code t}: that of the newest in-order fix not after it. */
	Optional<Double> jarakPada(long kendaraanId, Instant t) {
		return jdbc.sql("""
				SELECT jarak_m FROM armada.posisi WHERE kendaraan_id = ? AND waktu <= ? AND jarak_m IS NOT NULL
				ORDER BY waktu DESC LIMIT 1""")
			.params(kendaraanId, Timestamp.from(t))
			.query(Double.class)
			.optional();
	}

	/** The fix closest in time to {@code t} within {@code selisihDetik}. */
	Optional<Posisi> terdekat(long kendaraanId, Instant t, long selisihDetik) {
		return jdbc.sql("""
				SELECT %s FROM armada.posisi WHERE kendaraan_id = :k AND waktu BETWEEN :dari AND :sampai AND valid
				ORDER BY abs(extract(epoch FROM waktu - CAST(:t AS timestamptz))) LIMIT 1""".formatted(KOLOM))
			.param("k", kendaraanId)
			.param("dari", Timestamp.from(t.minusSeconds(selisihDetik)))
			.param("sampai", Timestamp.from(t.plusSeconds(selisihDetik)))
			.param("t", Timestamp.from(t))
			.query(this::baris)
			.optional();
	}

	/** Whether the table {@code armada.<nama>} exists. */
	boolean tabelAda(String nama) {
		return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("armada." + nama).query(Boolean.class).single();
	}

	/** A partition of {@code armada.posisi} for {@code [dari, sampai)}; the name is ours, never input. */
	void buatPartisi(String nama, OffsetDateTime dari, OffsetDateTime sampai) {
		jdbc.sql("CREATE TABLE IF NOT EXISTS armada.%s PARTITION OF armada.posisi FOR VALUES FROM ('%s') TO ('%s')"
			.formatted(nama, dari, sampai))
			.update();
	}

	/** The names of all partitions of {@code armada.posisi}, the default one included. */
	List<String> partisi() {
		return jdbc.sql("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				WHERE i.inhparent = 'armada.posisi'::regclass""")
			.query(String.class)
			.list();
	}

	void hapusPartisi(String nama) {
		jdbc.sql("DROP TABLE armada." + nama).update();
	}

	/** Deletes the rows older than {@code batas} that landed in the default partition (fixes from before any daily one). */
	void hapusSebelumDiPartisiBawaan(Instant batas) {
		jdbc.sql("DELETE FROM armada.posisi_lama WHERE waktu < ?").param(Timestamp.from(batas)).update();
	}

	private Posisi baris(ResultSet rs, int n) throws SQLException {
		String atribut = rs.getString("atribut");
		return new Posisi(rs.getLong("kendaraan_id"), rs.getTimestamp("waktu").toInstant(), rs.getTimestamp("diterima").toInstant(),
				rs.getDouble("lat"), rs.getDouble("lon"), ganda(rs, "kecepatan_knot"), ganda(rs, "arah"), ganda(rs, "ketinggian"),
				ganda(rs, "akurasi"), rs.getBoolean("valid"), rs.getObject("jarak_m", Double.class),
				atribut == null ? Map.of() : json.readValue(atribut, PETA));
	}

	private static Double ganda(ResultSet rs, String kolom) throws SQLException {
		Float f = rs.getObject(kolom, Float.class);
		return f == null ? null : Double.valueOf(Float.toString(f));
	}
}
