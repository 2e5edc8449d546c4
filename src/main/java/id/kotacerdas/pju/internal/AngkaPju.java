package id.kotacerdas.pju.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The street-light figures, from the registry and its history: outage rate per kelurahan and per
 * owning agency (poles dark or gone now, of all), time to fix (from going dark to lit again), poles
 * that keep going dark, and the poles gone (the theft map).
 */
@Repository
class AngkaPju {

	/** Outages within this window that make a pole "often dark". */
	static final Duration JENDELA_BERULANG = Duration.ofDays(180);

	/** This many outages within {@link #JENDELA_BERULANG} flag a pole. */
	static final int PADAM_BERULANG = 3;

	private final JdbcClient jdbc;

	AngkaPju(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One group's poles now: all, dark (off or broken), gone; {@code kunci} is a kelurahan code or an agency id. */
	record Padam(String kunci, long semua, long gelap, long hilang) {

		/** Dark or gone, of all, in percent with one decimal; null without poles. */
		public Double persen() {
			return semua == 0 ? null : Math.round((gelap + hilang) * 1000.0 / semua) / 10.0;
		}
	}

	List<Padam> perKelurahan() {
		return padam("coalesce(kelurahan_kode, '')");
	}

	List<Padam> perOpd() {
		return padam("cast(opd_id as varchar)");
	}

	private List<Padam> padam(String kunci) {
		return jdbc.sql("select " + kunci + " as kunci, count(*), count(*) filter (where status in ('MATI','RUSAK')), "
				+ "count(*) filter (where status = 'HILANG') from pju.tiang group by 1 order by 1")
			.query((rs, n) -> new Padam(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
	}

	/** Poles lit, of all the registry held, at a moment (each pole's last status change before it). */
	record Menyala(long menyala, long semua) {
	}

	Menyala menyalaPada(Instant pada) {
		return jdbc.sql("""
				select count(*) filter (where status = 'NYALA'), count(*) from (
				  select distinct on (tiang_kode) status from pju.peristiwa
				  where waktu <= :pada and (berubah or sumber = 'PENDATAAN') order by tiang_kode, waktu desc, id desc) s""")
			.param("pada", Timestamp.from(pada))
			.query((rs, n) -> new Menyala(rs.getLong(1), rs.getLong(2))).single();
	}

	/** Repairs since a moment per owning agency: how many, and the median hours from dark to lit. */
	record WaktuPerbaikan(long opdId, long perbaikan, Double medianJam) {
	}

	List<WaktuPerbaikan> waktuPerbaikan(Instant sejak) {
		return jdbc.sql("""
				with u as (
				  select e.tiang_kode, e.waktu, e.status,
				    lag(e.status) over w as sebelum, lag(e.waktu) over w as sejak
				  from pju.peristiwa e where e.berubah window w as (partition by e.tiang_kode order by e.waktu, e.id))
				select t.opd_id, count(*), percentile_cont(0.5) within group (order by extract(epoch from u.waktu - u.sejak) / 3600)
				from u join pju.tiang t on t.kode = u.tiang_kode
				where u.status = 'NYALA' and u.sebelum <> 'NYALA' and u.waktu >= :sejak
				group by t.opd_id order by t.opd_id""")
			.param("sejak", Timestamp.from(sejak))
			.query((rs, n) -> new WaktuPerbaikan(rs.getLong(1), rs.getLong(2), rs.getObject(3, Double.class))).list();
	}

	/** Poles that went dark {@link #PADAM_BERULANG} times or more since a moment, most first. */
	record Berulang(String kode, long kali) {
	}

	List<Berulang> berulang(Instant sejak) {
		return jdbc.sql("""
				select tiang_kode, count(*) from pju.peristiwa where berubah and status in ('MATI','RUSAK','HILANG') and waktu >= :sejak
				group by tiang_kode having count(*) >= :kali order by 2 desc, 1""")
			.param("sejak", Timestamp.from(sejak)).param("kali", PADAM_BERULANG)
			.query((rs, n) -> new Berulang(rs.getString(1), rs.getLong(2))).list();
	}

	/** The poles gone now, for the theft map. */
	List<Tiang> hilang() {
		return jdbc.sql("select * from pju.tiang where status = 'HILANG' order by status_sejak desc")
			.query(TiangRepository::baca).list();
	}
}
