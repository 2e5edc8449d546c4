package id.kotacerdas.iven.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report cards of events' occurrences and their photos. */
@Repository
class LaporanRepository {

	private final JdbcClient jdbc;

	LaporanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a card and its photos; false when the occurrence already has one (nothing is stored then). */
	boolean tambah(LaporanAcara l) {
		Long id = jdbc.sql("""
				insert into iven.laporan (acara_id, tanggal, pengunjung, cara_hitung, catatan, oleh, dibuat)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (acara_id, tanggal) do nothing
				returning id
				""")
			.params(l.acaraId(), Date.valueOf(l.tanggal()), l.pengunjung(), l.caraHitung().name(), l.catatan(), l.oleh(),
					Timestamp.from(l.dibuat()))
			.query(Long.class).optional().orElse(null);
		if (id == null) {
			return false;
		}
		for (int i = 0; i < l.foto().size(); i++) {
			jdbc.sql("insert into iven.laporan_foto (laporan_id, berkas, urutan) values (?, ?, ?)").params(id, l.foto().get(i), i).update();
		}
		return true;
	}

	/** The cards of the events given, newest occurrence first, with their photos. */
	List<LaporanAcara> untukAcara(List<Long> acaraId) {
		if (acaraId.isEmpty()) {
			return List.of();
		}
		Map<Long, LaporanAcara> kartu = new LinkedHashMap<>();
		jdbc.sql("""
				select id, acara_id, tanggal, pengunjung, cara_hitung, catatan, oleh, dibuat from iven.laporan
				 where acara_id = any(?) order by tanggal desc, id desc
				""")
			.param(acaraId.toArray(Long[]::new))
			.query(LaporanRepository::baris).list().forEach(l -> kartu.put(l.id(), l));
		if (kartu.isEmpty()) {
			return List.of();
		}
		jdbc.sql("select laporan_id, berkas from iven.laporan_foto where laporan_id = any(?) order by laporan_id, urutan")
			.param(kartu.keySet().toArray(Long[]::new))
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getObject(2, UUID.class))).list()
			.forEach(e -> kartu.get(e.getKey()).foto().add(e.getValue()));
		return List.copyOf(kartu.values());
	}

	/** A photo is public while its event is. */
	boolean fotoPublik(UUID berkas) {
		return jdbc.sql("""
				select exists (select 1 from iven.laporan_foto f join iven.laporan l on l.id = f.laporan_id
				                 join iven.acara a on a.id = l.acara_id
				                where f.berkas = ? and a.status in ('DIJADWALKAN', 'DITUNDA', 'DIBATALKAN'))
				""")
			.param(berkas).query(Boolean.class).single();
	}

	private static LaporanAcara baris(ResultSet rs, int i) throws SQLException {
		LocalDate tanggal = rs.getDate("tanggal").toLocalDate();
		return new LaporanAcara(rs.getLong("id"), rs.getLong("acara_id"), tanggal, rs.getInt("pengunjung"),
				CaraHitung.valueOf(rs.getString("cara_hitung")), rs.getString("catatan"), rs.getString("oleh"),
				rs.getTimestamp("dibuat").toInstant(), new ArrayList<>());
	}
}
