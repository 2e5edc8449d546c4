package id.kotacerdas.pengaduan.internal;

import java.sql.Timestamp;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.Periode;

/**
 * Counts of public (not confidential) reports per kelurahan, for the masterplan map: a count per region only, never a
 * report's point, text or reporter.
 */
@Repository
class KueriPetaKelurahan {

	private final JdbcClient jdbc;

	KueriPetaKelurahan(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Kelurahan code → reports received in the period; kelurahan without reports are absent. */
	Map<String, Long> publikPerKelurahan(Periode periode) {
		return jdbc.sql("""
				select kelurahan_kode, count(*) from pengaduan.pengaduan
				where not rahasia and kelurahan_kode is not null and diterima_pada >= :dari and diterima_pada < :sampai
				group by kelurahan_kode""")
			.param("dari", Timestamp.from(periode.mulai()))
			.param("sampai", Timestamp.from(periode.selesai()))
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
