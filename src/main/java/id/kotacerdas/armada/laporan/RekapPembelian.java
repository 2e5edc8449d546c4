package id.kotacerdas.armada.laporan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Query class of the report: fuel purchases summed per vehicle over a period. */
@Repository
class RekapPembelian {

	/** One vehicle's purchases: how many, litres, rupiah, how many flagged, how many overridden. */
	record Jumlah(int n, BigDecimal liter, long rupiah, int pengecualian, int penimpaan) {

		static final Jumlah NOL = new Jumlah(0, BigDecimal.ZERO, 0, 0, 0);
	}

	private final JdbcClient jdbc;

	RekapPembelian(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Vehicles without a purchase in {@code [dari, sampai)} are absent. */
	Map<Long, Jumlah> perKendaraan(Instant dari, Instant sampai) {
		Map<Long, Jumlah> jumlah = new HashMap<>();
		jdbc.sql("""
				SELECT kendaraan_id, count(*) AS n, sum(liter) AS liter, sum(total_rupiah) AS rupiah,
				       count(*) FILTER (WHERE cardinality(anomali) > 0) AS pengecualian,
				       count(*) FILTER (WHERE penimpaan_oleh IS NOT NULL) AS penimpaan
				FROM armada.pembelian_bbm WHERE waktu >= ? AND waktu < ? GROUP BY kendaraan_id""")
			.params(Timestamp.from(dari), Timestamp.from(sampai))
			.query(rs -> {
				jumlah.put(rs.getLong("kendaraan_id"), new Jumlah(rs.getInt("n"), rs.getBigDecimal("liter"), rs.getLong("rupiah"),
						rs.getInt("pengecualian"), rs.getInt("penimpaan")));
			});
		return jumlah;
	}
}
