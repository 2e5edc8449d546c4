package id.kotacerdas.armada.kendaraan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders table ({@code armada.pengingat}) and the due dates it is filled from. */
@Repository
class PengingatRepository {

	/** Advisory lock key: "armada pengingat". */
	static final long KUNCI = 0x61726d6164615047L;

	/** A vehicle with a due date in the window. */
	record Jatuh(long id, String nomorPolisi, long opdId, LocalDate stnk, LocalDate pajak) {
	}

	private final JdbcClient jdbc;

	PengingatRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the run for this transaction; false when another instance holds it. */
	boolean kunciJalan() {
		return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(KUNCI).query(Boolean.class).single();
	}

	List<Jatuh> jatuhTempoAntara(LocalDate dari, LocalDate sampai) {
		return jdbc.sql("""
				SELECT id, nomor_polisi, opd_id, jatuh_tempo_stnk AS stnk, jatuh_tempo_pajak AS pajak FROM armada.kendaraan
				WHERE status <> 'DIHAPUS' AND (jatuh_tempo_stnk BETWEEN ? AND ? OR jatuh_tempo_pajak BETWEEN ? AND ?)""")
			.params(dari, sampai, dari, sampai).query(Jatuh.class).list();
	}

	/** Records a reminder; false when this stage of this due date was reminded already. */
	boolean catat(PengingatJatuhTempo.Pengingat p, Instant dibuat) {
		return jdbc.sql("""
				INSERT INTO armada.pengingat (kendaraan_id, jenis, jatuh_tempo, hari_sebelum, tanggal, penerima, dibuat)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(p.kendaraanId(), p.jenis().name(), p.jatuhTempo(), p.hariSebelum(), p.tanggal(), p.penerima().toArray(String[]::new),
					Timestamp.from(dibuat))
			.update() == 1;
	}

	/** Reminders recorded from {@code dari} on, for the vehicles in scope (null: all). */
	List<PengingatJatuhTempo.Pengingat> sejak(LocalDate dari, Long opdId) {
		return jdbc.sql("""
				SELECT p.kendaraan_id, k.nomor_polisi, p.jenis, p.jatuh_tempo, p.hari_sebelum, p.tanggal, p.penerima
				FROM armada.pengingat p JOIN armada.kendaraan k ON k.id = p.kendaraan_id
				WHERE p.tanggal >= ? AND (CAST(? AS bigint) IS NULL OR k.opd_id = ?)
				ORDER BY p.jatuh_tempo, k.nomor_polisi, p.jenis""")
			.params(dari, opdId, opdId)
			.query((rs, i) -> new PengingatJatuhTempo.Pengingat(rs.getLong(1), rs.getString(2),
					PengingatJatuhTempo.Jenis.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getInt(5),
					rs.getObject(6, LocalDate.class), List.of((String[]) rs.getArray(7).getArray())))
			.list();
	}
}
