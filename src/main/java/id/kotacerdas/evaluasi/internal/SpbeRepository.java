package id.kotacerdas.evaluasi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.evaluasi.internal.SumberBaris.Bukti;

/** The SPBE indicators and Kominfo's yearly assessments with their evidence. */
@Repository
class SpbeRepository {

	/** An indicator of PermenPANRB 59/2020. */
	record IndikatorSpbe(int nomor, String domain, String aspek, String nama) {
	}

	/** An indicator's assessment for a year. */
	record Penilaian(int tahun, int nomor, int tingkat, String penjelasan, String diisiOleh, Instant diisiPada, List<Bukti> bukti) {

		Penilaian {
			bukti = List.copyOf(bukti);
		}
	}

	private final JdbcClient jdbc;

	SpbeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<IndikatorSpbe> indikator() {
		return jdbc.sql("select * from evaluasi.indikator_spbe order by nomor")
			.query((rs, n) -> new IndikatorSpbe(rs.getInt("nomor"), rs.getString("domain"), rs.getString("aspek"), rs.getString("nama")))
			.list();
	}

	Optional<IndikatorSpbe> indikator(int nomor) {
		return indikator().stream().filter(i -> i.nomor() == nomor).findFirst();
	}

	/** The year's assessments by indicator number. */
	Map<Integer, Penilaian> penilaian(int tahun) {
		Map<Integer, List<Bukti>> bukti = new HashMap<>();
		jdbc.sql("select nomor, berkas, nama from evaluasi.bukti_spbe where tahun = :tahun order by nomor, nama, berkas")
			.param("tahun", tahun)
			.query(rs -> {
				bukti.computeIfAbsent(rs.getInt("nomor"), k -> new ArrayList<>()).add(new Bukti(rs.getObject("berkas", UUID.class), rs.getString("nama")));
			});
		Map<Integer, Penilaian> hasil = new HashMap<>();
		jdbc.sql("select * from evaluasi.penilaian_spbe where tahun = :tahun").param("tahun", tahun).query(rs -> {
			int nomor = rs.getInt("nomor");
			hasil.put(nomor, new Penilaian(tahun, nomor, rs.getInt("tingkat"), rs.getString("penjelasan"), rs.getString("diisi_oleh"),
					rs.getTimestamp("diisi_pada").toInstant(), bukti.getOrDefault(nomor, List.of())));
		});
		return hasil;
	}

	/** Stores the assessment, replacing the year's earlier one of the indicator; evidence is added with {@link #tambahBukti}. */
	void simpan(Penilaian p) {
		jdbc.sql("""
				insert into evaluasi.penilaian_spbe (tahun, nomor, tingkat, penjelasan, diisi_oleh, diisi_pada)
				values (:tahun, :nomor, :tingkat, :penjelasan, :oleh, :pada)
				on conflict (tahun, nomor) do update set tingkat = excluded.tingkat, penjelasan = excluded.penjelasan,
				  diisi_oleh = excluded.diisi_oleh, diisi_pada = excluded.diisi_pada""")
			.param("tahun", p.tahun())
			.param("nomor", p.nomor())
			.param("tingkat", p.tingkat())
			.param("penjelasan", p.penjelasan())
			.param("oleh", p.diisiOleh())
			.param("pada", Timestamp.from(p.diisiPada()))
			.update();
	}

	void tambahBukti(int tahun, int nomor, Bukti b) {
		jdbc.sql("insert into evaluasi.bukti_spbe (tahun, nomor, berkas, nama) values (:tahun, :nomor, :berkas, :nama)")
			.param("tahun", tahun)
			.param("nomor", nomor)
			.param("berkas", b.berkas())
			.param("nama", b.nama())
			.update();
	}
}
