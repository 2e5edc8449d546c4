package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.DataTerbuka;

import id.kotacerdas.pasar.internal.IndeksHarga.RataMingguan;

/**
 * What the weekly index, the trend charts, the TPID alerts and the open dataset read. A city
 * average is always the mean of each market's mean, as on the board, so a market with three
 * enumerators counts once; the index and the dataset read them from the kept daily averages
 * ({@link RataHarianRepository}).
 */
@Repository
class IndeksRepository {

	private final JdbcClient jdbc;

	IndeksRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every commodity's weekly average (mean of the daily city averages, whole rupiah) of the weeks the days touch. */
	List<RataMingguan> rataMingguan(LocalDate dari, LocalDate sampai) {
		return jdbc.sql("""
				SELECT komoditas_id, date_trunc('week', tanggal)::date AS senin, round(avg(harga))::bigint AS harga, count(*) AS hari
				FROM pasar.rata_harian WHERE tanggal >= ? AND tanggal <= ? GROUP BY 1, 2""")
			.params(Date.valueOf(dari), Date.valueOf(sampai))
			.query((rs, n) -> new RataMingguan(rs.getLong("komoditas_id"), rs.getDate("senin").toLocalDate(), rs.getLong("harga"),
					rs.getInt("hari")))
			.list();
	}

	/**
	 * What the index is computed from, as one value that changes whenever a price is stored or
	 * corrected, a weight is changed or a commodity added or retired.
	 */
	String versi() {
		return jdbc.sql("""
				SELECT concat_ws('/', (SELECT max(id) FROM pasar.harga), (SELECT max(diubah) FROM pasar.harga),
				  (SELECT max(diubah) FROM pasar.bobot_indeks), (SELECT string_agg(id::text, ',' ORDER BY id) FROM pasar.komoditas WHERE aktif))""")
			.query(String.class)
			.single();
	}

	/** The weights of the active commodities; one without a row of its own (added later) weighs 1, as the seed does. */
	Map<Long, BigDecimal> bobot() {
		Map<Long, BigDecimal> hasil = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT k.id, coalesce(b.bobot, 1) AS bobot FROM pasar.komoditas k LEFT JOIN pasar.bobot_indeks b ON b.komoditas_id = k.id
				WHERE k.aktif ORDER BY k.urutan, k.id""")
			.query((ResultSet rs) -> {
				hasil.put(rs.getLong("id"), rs.getBigDecimal("bobot"));
			});
		return hasil;
	}

	void ubahBobot(long komoditasId, BigDecimal bobot, String oleh, Instant waktu) {
		jdbc.sql("""
				INSERT INTO pasar.bobot_indeks (komoditas_id, bobot, diubah, diubah_oleh) VALUES (?, ?, ?, ?)
				ON CONFLICT (komoditas_id) DO UPDATE SET bobot = excluded.bobot, diubah = excluded.diubah, diubah_oleh = excluded.diubah_oleh""")
			.params(komoditasId, bobot, Timestamp.from(waktu), oleh)
			.update();
	}

	/** A commodity's price on a day: of one market, or ({@code pasarId} null) the city average. */
	record Titik(LocalDate tanggal, Long pasarId, long harga) {
	}

	/** A commodity's daily prices per market and as the city average, oldest first. */
	List<Titik> seriHarian(long komoditasId, LocalDate dari, LocalDate sampai) {
		return jdbc.sql("""
				WITH per_pasar AS (
				  SELECT tanggal, pasar_id, avg(harga) AS harga FROM pasar.harga
				  WHERE komoditas_id = ? AND tanggal >= ? AND tanggal <= ? GROUP BY tanggal, pasar_id)
				SELECT tanggal, pasar_id, round(harga)::bigint AS harga FROM per_pasar
				UNION ALL
				SELECT tanggal, NULL, round(avg(harga))::bigint FROM per_pasar GROUP BY tanggal
				ORDER BY 1""")
			.params(komoditasId, Date.valueOf(dari), Date.valueOf(sampai))
			.query((rs, n) -> new Titik(rs.getDate("tanggal").toLocalDate(), rs.getObject("pasar_id", Long.class), rs.getLong("harga")))
			.list();
	}

	/** The ceiling price (HET) of every commodity that has one valid on the day. */
	Map<Long, Long> het(LocalDate hari) {
		Map<Long, Long> hasil = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (komoditas_id) komoditas_id, harga FROM pasar.harga_acuan
				WHERE jenis = 'HET' AND berlaku_dari <= ? AND (berlaku_sampai IS NULL OR berlaku_sampai >= ?)
				ORDER BY komoditas_id, berlaku_dari DESC""")
			.params(Date.valueOf(hari), Date.valueOf(hari))
			.query((ResultSet rs) -> {
				hasil.put(rs.getLong("komoditas_id"), rs.getLong("harga"));
			});
		return hasil;
	}

	/**
	 * A market's prices of a commodity over some days: their mean and the origins the enumerators
	 * reported.
	 */
	record DiPasar(String pasar, long harga, String asal) {
	}

	/** Every market that priced the commodity in the days, the dearest first. */
	List<DiPasar> diPasar(long komoditasId, LocalDate dari, LocalDate sampai) {
		return jdbc.sql("""
				SELECT p.nama, round(avg(h.harga))::bigint AS harga, string_agg(DISTINCT h.asal, ', ' ORDER BY h.asal) AS asal
				FROM pasar.harga h JOIN pasar.pasar p ON p.id = h.pasar_id
				WHERE h.komoditas_id = ? AND h.tanggal >= ? AND h.tanggal <= ?
				GROUP BY p.nama ORDER BY 2 DESC, 1""")
			.params(komoditasId, Date.valueOf(dari), Date.valueOf(sampai))
			.query((rs, n) -> new DiPasar(rs.getString("nama"), rs.getLong("harga"), rs.getString("asal")))
			.list();
	}

	/** Records that an alert went out; false when it already had (this week, this commodity, this condition). */
	boolean catatPeringatan(long komoditasId, String jenis, LocalDate senin, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO pasar.peringatan_harga (komoditas_id, jenis, minggu, dibuat) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(komoditasId, jenis, Date.valueOf(senin), Timestamp.from(waktu))
			.update() == 1;
	}

	/** A row of the open dataset: a commodity's city average on a day and how many markets priced it. */
	record RataHarian(LocalDate tanggal, String kode, String nama, String varian, String satuan, long harga, long pasar) {
	}

	/** The daily city averages, by day and the commodities' order; no enumerator, no origin. */
	long rataHarian(long lewati, long batas, Consumer<RataHarian> tujuan) {
		long[] n = { 0 };
		jdbc.sql("""
				SELECT r.tanggal, round(r.harga)::bigint AS harga, r.jumlah_pasar AS pasar, k.kode, k.nama, k.varian, k.satuan
				FROM pasar.rata_harian r JOIN pasar.komoditas k ON k.id = r.komoditas_id
				ORDER BY r.tanggal, k.urutan, k.id OFFSET ? LIMIT ?""")
			.params(lewati, batas)
			.query((ResultSet rs) -> {
				n[0]++;
				tujuan.accept(new RataHarian(rs.getDate("tanggal").toLocalDate(), rs.getString("kode"), rs.getString("nama"),
						rs.getString("varian"), rs.getString("satuan"), rs.getLong("harga"), rs.getLong("pasar")));
			});
		return n[0];
	}

	/** The first and last day with a price. */
	Optional<DataTerbuka.CakupanWaktu> cakupan() {
		return jdbc.sql("SELECT min(tanggal) AS dari, max(tanggal) AS sampai FROM pasar.harga")
			.query((ResultSet rs) -> rs.next() && rs.getDate("dari") != null
					? Optional.of(new DataTerbuka.CakupanWaktu(rs.getDate("dari").toLocalDate(), rs.getDate("sampai").toLocalDate()))
					: Optional.<DataTerbuka.CakupanWaktu>empty());
	}
}
