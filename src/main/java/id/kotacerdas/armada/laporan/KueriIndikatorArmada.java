package id.kotacerdas.armada.laporan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.armada.kendaraan.StatusKendaraan;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.Waktu;

/**
 * Counts behind the fleet's masterplan figures and its open fuel data, per agency. Budgets and
 * agencies are the register's as it stands now (it keeps no history of them). No driver, holder,
 * plate or receipt is read.
 */
@Repository
class KueriIndikatorArmada {

	/**
	 * One agency's part of a figure: {@code bagian} of {@code dari}, from {@code catatan} records.
	 * An agency without any has no row.
	 */
	record Bagian(long opdId, long bagian, long dari, long catatan) {
	}

	/** One month of one agency's fuel purchases. */
	record BbmBulanan(YearMonth bulan, long opdId, long kendaraan, long pembelian, BigDecimal liter, long rupiah) {
	}

	private final JdbcClient jdbc;

	KueriIndikatorArmada(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Active vehicles with at least one valid fix in the period, of all active vehicles (each an index probe). */
	List<Bagian> terlacak(Instant dari, Instant sampai) {
		return jdbc.sql("""
				select k.opd_id, count(*) as aktif,
				  count(*) filter (where exists (select 1 from armada.posisi p
				    where p.kendaraan_id = k.id and p.waktu >= :dari and p.waktu < :sampai and p.valid)) as terlacak
				from armada.kendaraan k where k.status = :aktif
				group by k.opd_id""")
			.param("dari", Timestamp.from(dari))
			.param("sampai", Timestamp.from(sampai))
			.param("aktif", StatusKendaraan.AKTIF.name())
			.query((rs, i) -> new Bagian(rs.getLong("opd_id"), rs.getLong("terlacak"), rs.getLong("aktif"), rs.getLong("aktif")))
			.list();
	}

	/**
	 * What the vehicles that have a monthly fuel budget spent in the period, of their budgets over its
	 * {@code bulan} months; the records are their purchases. As the monthly report counts savings.
	 */
	List<Bagian> belanjaBbm(Instant dari, Instant sampai, int bulan) {
		return jdbc.sql("""
				select k.opd_id, sum(k.kuota_rupiah_bulanan) as anggaran, coalesce(sum(b.rupiah), 0) as rupiah,
				  coalesce(sum(b.n), 0) as pembelian
				from armada.kendaraan k
				left join (select kendaraan_id, sum(total_rupiah) as rupiah, count(*) as n from armada.pembelian_bbm
				           where waktu >= :dari and waktu < :sampai group by kendaraan_id) b on b.kendaraan_id = k.id
				where k.kuota_rupiah_bulanan is not null
				group by k.opd_id""")
			.param("dari", Timestamp.from(dari))
			.param("sampai", Timestamp.from(sampai))
			.query((rs, i) -> new Bagian(rs.getLong("opd_id"), rs.getLong("rupiah"), rs.getLong("anggaran") * bulan,
					rs.getLong("pembelian")))
			.list();
	}

	/**
	 * Every month × agency with fuel purchases, in that order, from the {@code lewati}-th on, at most
	 * {@code batas}, each handed over as it is read.
	 */
	void bbmBulanan(long lewati, long batas, Consumer<BbmBulanan> tujuan) {
		if (lewati < 0 || batas < 0) {
			throw new IllegalArgumentException("negative offset or limit: " + lewati + ", " + batas);
		}
		jdbc.sql("""
				select to_char(b.waktu at time zone '%s', 'YYYY-MM') as bulan, k.opd_id,
				  count(distinct b.kendaraan_id) as kendaraan, count(*) as pembelian, sum(b.liter) as liter,
				  sum(b.total_rupiah) as rupiah
				from armada.pembelian_bbm b join armada.kendaraan k on k.id = b.kendaraan_id
				group by 1, 2 order by 1, 2
				offset :lewati limit :batas""".formatted(Waktu.WITA.getId()))
			.param("lewati", lewati)
			.param("batas", batas)
			.query(rs -> {
				tujuan.accept(new BbmBulanan(YearMonth.parse(rs.getString("bulan")), rs.getLong("opd_id"), rs.getLong("kendaraan"),
						rs.getLong("pembelian"), rs.getBigDecimal("liter"), rs.getLong("rupiah")));
			});
	}

	/** From the month of the first fuel purchase to that of the last; empty before any. */
	Optional<DataTerbuka.CakupanWaktu> cakupanWaktu() {
		return jdbc.sql("select min(waktu), max(waktu) from armada.pembelian_bbm")
			.query((rs, i) -> DataTerbuka.CakupanWaktu.bulanAntara(rs.getObject(1, OffsetDateTime.class),
					rs.getObject(2, OffsetDateTime.class)))
			.single();
	}
}
