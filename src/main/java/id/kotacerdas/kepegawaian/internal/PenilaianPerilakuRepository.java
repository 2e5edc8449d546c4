package id.kotacerdas.kepegawaian.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.kepegawaian.internal.PenilaianPerilaku.NilaiBerakhlak;

@Repository
class PenilaianPerilakuRepository {

	private static final String KOLOM_NILAI = Arrays.stream(NilaiBerakhlak.values()).map(n -> n.kolom).collect(Collectors.joining(", "));

	private static final RowMapper<PenilaianPerilaku> BARIS = (rs, i) -> {
		Map<NilaiBerakhlak, Integer> nilai = new EnumMap<>(NilaiBerakhlak.class);
		for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
			nilai.put(n, rs.getInt(n.kolom));
		}
		return new PenilaianPerilaku(rs.getLong("pegawai_id"), YearMonth.from(rs.getObject("bulan", LocalDate.class)), nilai,
				rs.getLong("penilai_id"), rs.getTimestamp("dinilai").toInstant());
	};

	private final JdbcClient jdbc;

	PenilaianPerilakuRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the month's rating, replacing an earlier one of the same month. */
	void simpan(PenilaianPerilaku p) {
		String tanda = Arrays.stream(NilaiBerakhlak.values()).map(n -> "?").collect(Collectors.joining(", "));
		String ganti = Arrays.stream(NilaiBerakhlak.values()).map(n -> n.kolom + " = excluded." + n.kolom).collect(Collectors.joining(", "));
		List<Object> param = new ArrayList<>(List.of(p.pegawaiId(), p.bulan().atDay(1), p.penilaiId(), Timestamp.from(p.dinilai())));
		Arrays.stream(NilaiBerakhlak.values()).map(p.nilai()::get).forEach(param::add);
		jdbc.sql("INSERT INTO kepegawaian.penilaian_perilaku (pegawai_id, bulan, penilai_id, dinilai, " + KOLOM_NILAI + ") VALUES (?, ?, ?, ?, "
				+ tanda + ") ON CONFLICT (pegawai_id, bulan) DO UPDATE SET penilai_id = excluded.penilai_id, dinilai = excluded.dinilai, "
				+ ganti)
			.params(param)
			.update();
	}

	Optional<PenilaianPerilaku> cari(long pegawaiId, YearMonth bulan) {
		return jdbc.sql("SELECT pegawai_id, bulan, penilai_id, dinilai, " + KOLOM_NILAI
				+ " FROM kepegawaian.penilaian_perilaku WHERE pegawai_id = ? AND bulan = ?")
			.params(pegawaiId, bulan.atDay(1)).query(BARIS).optional();
	}

	Map<Long, PenilaianPerilaku> bulan(Collection<Long> pegawaiId, YearMonth bulan) {
		if (pegawaiId.isEmpty()) {
			return Map.of();
		}
		List<PenilaianPerilaku> daftar = jdbc.sql("SELECT pegawai_id, bulan, penilai_id, dinilai, " + KOLOM_NILAI
				+ " FROM kepegawaian.penilaian_perilaku WHERE bulan = :bulan AND pegawai_id IN (:pegawai)")
			.param("bulan", bulan.atDay(1)).param("pegawai", pegawaiId).query(BARIS).list();
		return daftar.stream().collect(Collectors.toMap(PenilaianPerilaku::pegawaiId, p -> p));
	}
}
