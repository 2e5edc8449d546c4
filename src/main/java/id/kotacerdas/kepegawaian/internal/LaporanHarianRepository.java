package id.kotacerdas.kepegawaian.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LaporanHarianRepository {

	private static final String KOLOM = """
			id, id_klien, pegawai_id, opd_id, tanggal, jenis, uraian, foto, lat, lon, status, alasan_kembali, revisi, penilai_id,
			dinilai, dikirim""";

	private static final RowMapper<LaporanHarian> BARIS = (rs, i) -> new LaporanHarian(rs.getLong("id"), rs.getObject("id_klien", UUID.class),
			rs.getLong("pegawai_id"), rs.getLong("opd_id"), rs.getObject("tanggal", LocalDate.class), JenisLaporan.valueOf(rs.getString("jenis")),
			rs.getString("uraian"), rs.getObject("foto", UUID.class), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
			StatusLaporan.valueOf(rs.getString("status")), rs.getString("alasan_kembali"), rs.getInt("revisi"),
			rs.getObject("penilai_id", Long.class), waktu(rs.getTimestamp("dinilai")), waktu(rs.getTimestamp("dikirim")));

	/** Counts of one employee's reports in a month, by where they stand now. */
	record Jumlah(long pegawaiId, long diajukan, long disetujui, long dikembalikan) {

		public long total() {
			return diajukan + disetujui + dikembalikan;
		}
	}

	private final JdbcClient jdbc;

	LaporanHarianRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Instant waktu(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	long tambah(LaporanHarian l) {
		return jdbc.sql("""
				INSERT INTO kepegawaian.laporan_harian (id_klien, pegawai_id, opd_id, tanggal, jenis, uraian, foto, lat, lon, status, dikirim)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(l.idKlien(), l.pegawaiId(), l.opdId(), l.tanggal(), l.jenis().name(), l.uraian(), l.foto(), l.lat(), l.lon(),
					l.status().name(), Timestamp.from(l.dikirim()))
			.query(Long.class).single();
	}

	/**
	 * Stores the report's new state if it is still as {@code sebelum} found it: false when someone
	 * else changed it meanwhile (the superior's second click, a refiling sent twice).
	 */
	boolean ubah(LaporanHarian sebelum, LaporanHarian sesudah) {
		return jdbc.sql("""
				UPDATE kepegawaian.laporan_harian SET uraian = ?, foto = ?, status = ?, alasan_kembali = ?, revisi = ?, penilai_id = ?,
				  dinilai = ?, dikirim = ?
				WHERE id = ? AND status = ? AND revisi = ?""")
			.params(sesudah.uraian(), sesudah.foto(), sesudah.status().name(), sesudah.alasanKembali(), sesudah.revisi(), sesudah.penilaiId(),
					sesudah.dinilai() == null ? null : Timestamp.from(sesudah.dinilai()), Timestamp.from(sesudah.dikirim()), sebelum.id(),
					sebelum.status().name(), sebelum.revisi())
			.update() == 1;
	}

	Optional<LaporanHarian> cari(long id) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.laporan_harian WHERE id = ?").param(id).query(BARIS).optional();
	}

	Optional<LaporanHarian> cariIdKlien(UUID idKlien) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.laporan_harian WHERE id_klien = ?").param(idKlien).query(BARIS).optional();
	}

	/** The employee's latest reports, the newest first. */
	List<LaporanHarian> milik(long pegawaiId, int paling) {
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.laporan_harian WHERE pegawai_id = ? ORDER BY tanggal DESC, id DESC LIMIT ?")
			.params(pegawaiId, paling).query(BARIS).list();
	}

	/** Reports of these employees waiting for approval, the oldest first. */
	List<LaporanHarian> menunggu(Collection<Long> pegawaiId) {
		if (pegawaiId.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + KOLOM + " FROM kepegawaian.laporan_harian WHERE status = 'DIAJUKAN' AND pegawai_id IN (:pegawai)"
				+ " ORDER BY dikirim, id")
			.param("pegawai", pegawaiId).query(BARIS).list();
	}

	long jumlahDikembalikan(long pegawaiId) {
		return jdbc.sql("SELECT count(*) FROM kepegawaian.laporan_harian WHERE pegawai_id = ? AND status = 'DIKEMBALIKAN'")
			.param(pegawaiId).query(Long.class).single();
	}

	/** Per employee of the agency (by their report's agency), the month's counts. */
	Map<Long, Jumlah> jumlahBulan(long opdId, YearMonth bulan) {
		return jdbc.sql("""
				SELECT pegawai_id,
				  count(*) FILTER (WHERE status = 'DIAJUKAN') AS diajukan,
				  count(*) FILTER (WHERE status = 'DISETUJUI') AS disetujui,
				  count(*) FILTER (WHERE status = 'DIKEMBALIKAN') AS dikembalikan
				FROM kepegawaian.laporan_harian WHERE opd_id = ? AND tanggal BETWEEN ? AND ? GROUP BY pegawai_id""")
			.params(opdId, bulan.atDay(1), bulan.atEndOfMonth())
			.query(Jumlah.class).list().stream().collect(Collectors.toMap(Jumlah::pegawaiId, j -> j));
	}
}
