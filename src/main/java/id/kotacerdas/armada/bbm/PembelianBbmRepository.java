package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.armada.kendaraan.JenisBbm;
import id.kotacerdas.armada.kendaraan.KendaraanRepository;

@Repository
class PembelianBbmRepository {

	private final JdbcClient jdbc;

	PembelianBbmRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the vehicle's row until the transaction ends: one purchase of a vehicle at a time. */
	void kunciKendaraan(long kendaraanId) {
		jdbc.sql("SELECT id FROM armada.kendaraan WHERE id = ? FOR UPDATE").param(kendaraanId).query(Long.class).single();
	}

	long tambah(PembelianBbm p, Instant dibuat) {
		return jdbc.sql("""
				INSERT INTO armada.pembelian_bbm (kendaraan_id, waktu, pengemudi, spbu, spbu_lat, spbu_lon, jenis_bbm, liter,
				  harga_per_liter, total_rupiah, odometer_km, nomor_struk, metode_pembayaran, lat, lon, jarak_gps_km,
				  liter_diizinkan, penimpaan_alasan, penimpaan_oleh, anomali, dicatat_oleh, dibuat)
				VALUES (:k, :waktu, :pengemudi, :spbu, :spbuLat, :spbuLon, :jenis, :liter, :harga, :total, :odometer, :struk,
				  :metode, :lat, :lon, :jarak, :diizinkan, :alasan, :oleh, string_to_array(:anomali, ','), :dicatat, :dibuat)
				RETURNING id""")
			.param("k", p.kendaraanId())
			.param("waktu", Timestamp.from(p.waktu()))
			.param("pengemudi", p.pengemudi())
			.param("spbu", p.spbu())
			.param("spbuLat", p.spbuLat())
			.param("spbuLon", p.spbuLon())
			.param("jenis", p.jenisBbm().name())
			.param("liter", p.liter())
			.param("harga", p.hargaPerLiter())
			.param("total", p.totalRupiah())
			.param("odometer", p.odometerKm())
			.param("struk", p.nomorStruk())
			.param("metode", p.metodePembayaran())
			.param("lat", p.lat())
			.param("lon", p.lon())
			.param("jarak", p.jarakGpsKm())
			.param("diizinkan", p.literDiizinkan())
			.param("alasan", p.penimpaanAlasan())
			.param("oleh", p.penimpaanOleh())
			.param("anomali", String.join(",", p.anomali().stream().map(Enum::name).toList()))
			.param("dicatat", p.dicatatOleh())
			.param("dibuat", Timestamp.from(dibuat))
			.query(Long.class)
			.single();
	}

	Optional<PembelianBbm> cari(long id) {
		return jdbc.sql("SELECT * FROM armada.pembelian_bbm WHERE id = ?").param(id).query(this::baris).optional();
	}

	/** The newest purchase of the vehicle before {@code sebelum}. */
	Optional<PembelianBbm> terakhir(long kendaraanId, Instant sebelum) {
		return jdbc.sql("SELECT * FROM armada.pembelian_bbm WHERE kendaraan_id = ? AND waktu < ? ORDER BY waktu DESC LIMIT 1")
			.params(kendaraanId, Timestamp.from(sebelum))
			.query(this::baris)
			.optional();
	}

	List<PembelianBbm> dalamPeriode(long kendaraanId, Instant dari, Instant sampai) {
		return jdbc.sql("SELECT * FROM armada.pembelian_bbm WHERE kendaraan_id = ? AND waktu >= ? AND waktu < ? ORDER BY waktu")
			.params(kendaraanId, Timestamp.from(dari), Timestamp.from(sampai))
			.query(this::baris)
			.list();
	}

	record Jumlah(BigDecimal liter, long rupiah) {
	}

	Jumlah jumlah(long kendaraanId, Instant dari, Instant sampai) {
		return jdbc.sql("""
				SELECT coalesce(sum(liter), 0) AS liter, coalesce(sum(total_rupiah), 0) AS rupiah
				FROM armada.pembelian_bbm WHERE kendaraan_id = ? AND waktu >= ? AND waktu < ?""")
			.params(kendaraanId, Timestamp.from(dari), Timestamp.from(sampai))
			.query((rs, n) -> new Jumlah(rs.getBigDecimal("liter"), rs.getLong("rupiah")))
			.single();
	}

	boolean strukAda(String nomorStruk) {
		return jdbc.sql("SELECT count(*) FROM armada.pembelian_bbm WHERE nomor_struk = ?").param(nomorStruk).query(Long.class).single() > 0;
	}

	private PembelianBbm baris(ResultSet rs, int n) throws SQLException {
		String[] anomali = (String[]) rs.getArray("anomali").getArray();
		EnumSet<Anomali> set = EnumSet.noneOf(Anomali.class);
		Arrays.stream(anomali).map(Anomali::valueOf).forEach(set::add);
		return new PembelianBbm(rs.getLong("id"), rs.getLong("kendaraan_id"), rs.getTimestamp("waktu").toInstant(),
				rs.getString("pengemudi"), rs.getString("spbu"), rs.getObject("spbu_lat", Double.class),
				rs.getObject("spbu_lon", Double.class), JenisBbm.valueOf(rs.getString("jenis_bbm")),
				KendaraanRepository.angka(rs.getBigDecimal("liter")), rs.getLong("harga_per_liter"), rs.getLong("total_rupiah"),
				rs.getObject("odometer_km", Integer.class), rs.getString("nomor_struk"), rs.getString("metode_pembayaran"),
				rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
				KendaraanRepository.angka(rs.getBigDecimal("jarak_gps_km")), KendaraanRepository.angka(rs.getBigDecimal("liter_diizinkan")),
				rs.getString("penimpaan_alasan"), rs.getString("penimpaan_oleh"), set, rs.getString("dicatat_oleh"));
	}
}
