package id.kotacerdas.armada.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class PosisiRepository {

	private static final String KOLOM = "kendaraan_id, waktu, diterima, lat, lon, kecepatan_knot, arah, ketinggian, akurasi, valid, jarak_m, atribut::text AS atribut";

	/**
	 * One statement for the whole batch: arrays unnested server-side. In auto-commit mode the
	 * statement is its own transaction, so when it returns every row is durable. A fix already
	 * stored (a tracker re-sending after a lost answer) is skipped by the primary key.
	 */
	private static final String SISIP = """
			INSERT INTO armada.posisi (kendaraan_id, waktu, diterima, lat, lon, kecepatan_knot, arah, ketinggian, akurasi, valid, jarak_m, atribut)
			SELECT k, timestamptz 'epoch' + w * interval '1 millisecond', timestamptz 'epoch' + d * interval '1 millisecond',
			       la, lo, ke, ar, ti, ak, va, ja, at::jsonb
			FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::float8[], ?::float8[], ?::float4[], ?::float4[], ?::float4[],
			            ?::float4[], ?::bool[], ?::float8[], ?::text[]) AS t(k, w, d, la, lo, ke, ar, ti, ak, va, ja, at)
			ON CONFLICT DO NOTHING""";

	private static final TypeReference<Map<String, Object>> PETA = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ObjectMapper json;

	PosisiRepository(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
	}

	void simpan(List<Posisi> posisi) throws SQLException {
		int n = posisi.size();
		Long[] k = new Long[n];
		Long[] w = new Long[n];
		Long[] d = new Long[n];
		Double[] la = new Double[n];
		Double[] lo = new Double[n];
		Float[] ke = new Float[n];
		Float[] ar = new Float[n];
		Float[] ti = new Float[n];
		Float[] ak = new Float[n];
		Boolean[] va = new Boolean[n];
		Double[] ja = new Double[n];
		String[] at = new String[n];
		for (int i = 0; i < n; i++) {
			Posisi p = posisi.get(i);
			k[i] = p.kendaraanId();
			w[i] = p.waktu().toEpochMilli();
			d[i] = p.diterima().toEpochMilli();
			la[i] = p.lat();
			lo[i] = p.lon();
			ke[i] = kecil(p.kecepatanKnot());
			ar[i] = kecil(p.arah());
			ti[i] = kecil(p.ketinggian());
			ak[i] = kecil(p.akurasi());
			va[i] = p.valid();
			ja[i] = p.jarakM();
			at[i] = p.atribut().isEmpty() ? null : json.writeValueAsString(p.atribut());
		}
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SISIP)) {
			if (!c.getAutoCommit()) {
				c.setAutoCommit(true);
			}
			// a 200 promises the row survives a crash: never rely on a server default of "off"
			try (var sync = c.createStatement()) {
				sync.execute("SET synchronous_commit TO on");
			}
			Array[] larik = { c.createArrayOf("bigint", k), c.createArrayOf("bigint", w), c.createArrayOf("bigint", d),
					c.createArrayOf("float8", la), c.createArrayOf("float8", lo), c.createArrayOf("float4", ke),
					c.createArrayOf("float4", ar), c.createArrayOf("float4", ti), c.createArrayOf("float4", ak),
					c.createArrayOf("bool", va), c.createArrayOf("float8", ja), c.createArrayOf("text", at) };
			for (int i = 0; i < larik.length; i++) {
				s.setArray(i + 1, larik[i]);
			}
			s.executeUpdate();
		}
	}

	/** The newest stored position of every registered vehicle (each an index probe). */
	List<Posisi> terakhirSemua() {
		return jdbc.sql("""
				SELECT p.* FROM armada.kendaraan k CROSS JOIN LATERAL (
				  SELECT %s FROM armada.posisi p WHERE p.kendaraan_id = k.id ORDER BY waktu DESC LIMIT 1) p""".formatted(KOLOM))
			.query(this::baris)
			.list();
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

	private static Float kecil(Double d) {
		return d == null ? null : d.floatValue();
	}
}
