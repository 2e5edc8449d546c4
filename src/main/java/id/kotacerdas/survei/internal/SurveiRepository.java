package id.kotacerdas.survei.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey answers, and their sums per service and unit for the IKM. */
@Repository
class SurveiRepository {

	private final JdbcClient jdbc;

	SurveiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the answer unless the application was answered before (then false). */
	boolean tambah(Jawaban j) {
		int[] u = j.nilai();
		return jdbc.sql("""
				insert into survei.jawaban (permohonan_kode, alur_kode, alur_nama, opd_id, unit, u1, u2, u3, u4, u5, u6, u7, u8, u9,
				  umur, jenis_kelamin, pendidikan, pekerjaan, saran, dijawab_pada)
				values (:kode, :alur, :alurNama, :opd, :unit, :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9,
				  :umur, :jk, :pendidikan, :pekerjaan, :saran, :waktu)
				on conflict (permohonan_kode) do nothing""")
			.param("kode", j.permohonan().kode()).param("alur", j.permohonan().alurKode()).param("alurNama", j.permohonan().alurNama())
			.param("opd", j.permohonan().opdId()).param("unit", j.permohonan().unit())
			.param("u1", u[0]).param("u2", u[1]).param("u3", u[2]).param("u4", u[3]).param("u5", u[4]).param("u6", u[5])
			.param("u7", u[6]).param("u8", u[7]).param("u9", u[8])
			.param("umur", nama(j.umur())).param("jk", nama(j.jenisKelamin())).param("pendidikan", nama(j.pendidikan()))
			.param("pekerjaan", nama(j.pekerjaan())).param("saran", j.saran()).param("waktu", Timestamp.from(j.dijawabPada()))
			.update() == 1;
	}

	boolean ada(String permohonanKode) {
		return jdbc.sql("select exists (select 1 from survei.jawaban where permohonan_kode = :kode)").param("kode", permohonanKode)
			.query(Boolean.class).single();
	}

	/**
	 * The answers of one service at one unit.
	 *
	 * @param jumlah the sum of the answers per element, in {@link UnsurSkm} order
	 */
	record Rekap(String alurKode, String alurNama, long opdId, String unit, long responden, long[] jumlah) {
	}

	/** Per service and unit, the answers given in {@code [dari, sampai)}. */
	List<Rekap> rekap(Instant dari, Instant sampai) {
		return jdbc.sql("""
				select alur_kode, max(alur_nama) as alur_nama, opd_id, unit, count(*) as n,
				  sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7), sum(u8), sum(u9)
				from survei.jawaban
				where dijawab_pada >= :dari and dijawab_pada < :sampai
				group by alur_kode, opd_id, unit
				order by 2, unit nulls first""")
			.param("dari", Timestamp.from(dari)).param("sampai", Timestamp.from(sampai))
			.query((rs, i) -> {
				long[] jumlah = new long[UnsurSkm.values().length];
				for (int k = 0; k < jumlah.length; k++) {
					jumlah[k] = rs.getLong(6 + k);
				}
				return new Rekap(rs.getString("alur_kode"), rs.getString("alur_nama"), rs.getLong("opd_id"), rs.getString("unit"),
						rs.getLong("n"), jumlah);
			})
			.list();
	}

	private static String nama(Enum<?> e) {
		return e == null ? null : e.name();
	}
}
