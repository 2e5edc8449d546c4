package id.kotacerdas.satudata.internal.portal;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Download counts per dataset and format. */
@Repository
class UnduhanRepository {

	private final JdbcClient jdbc;

	UnduhanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void hitung(String dataset, String format) {
		jdbc.sql("""
				insert into satudata.unduhan (dataset, format, jumlah) values (?, ?, 1)
				on conflict (dataset, format) do update set jumlah = satudata.unduhan.jumlah + 1
				""").param(dataset).param(format).update();
	}

	/** Format → downloads of one dataset. */
	Map<String, Long> jumlah(String dataset) {
		Map<String, Long> hasil = new TreeMap<>();
		jdbc.sql("select format, jumlah from satudata.unduhan where dataset = ?").param(dataset)
			.query((rs, n) -> hasil.put(rs.getString(1), rs.getLong(2))).list();
		return hasil;
	}

	/** Dataset → all its downloads. */
	Map<String, Long> semua() {
		Map<String, Long> hasil = new TreeMap<>();
		jdbc.sql("select dataset, sum(jumlah) from satudata.unduhan group by dataset").query((rs, n) -> hasil.put(rs.getString(1), rs.getLong(2)))
			.list();
		return hasil;
	}
}
