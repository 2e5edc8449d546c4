package id.kotacerdas.armada.pelacakan;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;

/**
 * Writes one batch of positions in one transaction on a connection the writer thread keeps
 * (not thread-safe: the writer is its only user). Fixes that came in order cannot exist yet (they
 * are newer than anything stored for the vehicle), so they go in by COPY, PostgreSQL's fastest
 * path; fixes out of order may be re-sends of stored ones and go through an insert that skips
 * what the primary key already holds. The writer side of the position repository: it works on a
 * plain JDBC connection rather than {@code JdbcClient} because COPY and a connection held across
 * batches (no pool round trip per commit) are what make the group commit fast.
 */
@Repository
class PenyimpanPosisi {

	private static final String COPY = "COPY armada.posisi (kendaraan_id, waktu, diterima, lat, lon, kecepatan_knot, arah, ketinggian, "
			+ "akurasi, valid, jarak_m, atribut) FROM STDIN";

	private static final String SISIP_TERLAMBAT = """
			INSERT INTO armada.posisi (kendaraan_id, waktu, diterima, lat, lon, kecepatan_knot, arah, ketinggian, akurasi, valid, jarak_m, atribut)
			SELECT k, timestamptz 'epoch' + w * interval '1 millisecond', timestamptz 'epoch' + d * interval '1 millisecond',
			       la, lo, ke, ar, ti, ak, va, NULL, at::jsonb
			FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::float8[], ?::float8[], ?::float4[], ?::float4[], ?::float4[],
			            ?::float4[], ?::bool[], ?::text[]) AS t(k, w, d, la, lo, ke, ar, ti, ak, va, at)
			ON CONFLICT DO NOTHING""";

	private final DataSource dataSource;

	private final ObjectMapper json;

	private Connection koneksi;

	PenyimpanPosisi(DataSource dataSource, ObjectMapper json) {
		this.dataSource = dataSource;
		this.json = json;
	}

	/** Both lists commit together or not at all. */
	void simpan(List<Posisi> urut, List<Posisi> terlambat) throws SQLException {
		Connection c = koneksi();
		try {
			if (!urut.isEmpty()) {
				c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(teksCopy(urut)));
			}
			if (!terlambat.isEmpty()) {
				sisipTerlambat(c, terlambat);
			}
			c.commit();
		}
		catch (SQLException | IOException | RuntimeException ex) {
			tutup();
			throw ex instanceof SQLException sql ? sql : new SQLException(ex);
		}
	}

	void tutup() {
		if (koneksi != null) {
			try {
				koneksi.rollback();
				koneksi.close();
			}
			catch (SQLException ex) {
				// the connection is broken already; the pool discards it
			}
			koneksi = null;
		}
	}

	private Connection koneksi() throws SQLException {
		if (koneksi == null) {
			Connection c = dataSource.getConnection();
			c.setAutoCommit(false);
			try (var s = c.createStatement()) {
				// a 200 promises the row survives a crash: never rely on a server default of "off"
				s.execute("SET synchronous_commit TO on");
			}
			c.commit();
			koneksi = c;
		}
		return koneksi;
	}

	/** COPY text format: tab-separated, \N for null, backslash escaped. */
	private String teksCopy(List<Posisi> posisi) {
		StringBuilder sb = new StringBuilder(posisi.size() * 160);
		for (Posisi p : posisi) {
			sb.append(p.kendaraanId()).append('\t').append(p.waktu()).append('\t').append(p.diterima()).append('\t')
				.append(p.lat()).append('\t').append(p.lon()).append('\t');
			nilai(sb, p.kecepatanKnot());
			nilai(sb, p.arah());
			nilai(sb, p.ketinggian());
			nilai(sb, p.akurasi());
			sb.append(p.valid() ? 't' : 'f').append('\t');
			nilai(sb, p.jarakM());
			if (p.atribut().isEmpty()) {
				sb.append("\\N");
			}
			else {
				String j = json.writeValueAsString(p.atribut());
				for (int i = 0; i < j.length(); i++) {
					char ch = j.charAt(i);
					if (ch == '\\') {
						sb.append("\\\\");
					}
					else {
						sb.append(ch);
					}
				}
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	private static void nilai(StringBuilder sb, Double d) {
		sb.append(d == null ? "\\N" : d.toString()).append('\t');
	}

	private void sisipTerlambat(Connection c, List<Posisi> posisi) throws SQLException {
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
			at[i] = p.atribut().isEmpty() ? null : json.writeValueAsString(p.atribut());
		}
		try (PreparedStatement s = c.prepareStatement(SISIP_TERLAMBAT)) {
			Array[] larik = { c.createArrayOf("bigint", k), c.createArrayOf("bigint", w), c.createArrayOf("bigint", d),
					c.createArrayOf("float8", la), c.createArrayOf("float8", lo), c.createArrayOf("float4", ke),
					c.createArrayOf("float4", ar), c.createArrayOf("float4", ti), c.createArrayOf("float4", ak),
					c.createArrayOf("bool", va), c.createArrayOf("text", at) };
			for (int i = 0; i < larik.length; i++) {
				s.setArray(i + 1, larik[i]);
			}
			s.executeUpdate();
		}
	}

	private static Float kecil(Double d) {
		return d == null ? null : d.floatValue();
	}
}
