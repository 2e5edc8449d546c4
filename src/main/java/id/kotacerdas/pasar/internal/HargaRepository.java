package id.kotacerdas.pasar.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The reference data and the observations. */
@Repository
class HargaRepository {

	private final JdbcClient jdbc;

	private final RataHarianRepository rataHarian;

	HargaRepository(JdbcClient jdbc, RataHarianRepository rataHarian) {
		this.jdbc = jdbc;
		this.rataHarian = rataHarian;
	}

	List<Komoditas> komoditas() {
		return jdbc.sql("SELECT * FROM pasar.komoditas WHERE aktif ORDER BY urutan, id")
			.query((rs, n) -> new Komoditas(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"), rs.getString("varian"),
					rs.getString("satuan"), rs.getBoolean("lokal")))
			.list();
	}

	/** Every commodity's unit conversions, by commodity id. */
	Map<Long, Konversi> konversi() {
		record Baris(long komoditasId, Konversi.Langkah langkah) {
		}
		return jdbc.sql("SELECT komoditas_id, dari, ke, faktor FROM pasar.konversi")
			.query((rs, n) -> new Baris(rs.getLong("komoditas_id"),
					new Konversi.Langkah(rs.getString("dari"), rs.getString("ke"), rs.getBigDecimal("faktor"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Baris::komoditasId,
					Collectors.collectingAndThen(Collectors.mapping(Baris::langkah, Collectors.toList()), Konversi::new)));
	}

	List<Pasar> pasar() {
		return jdbc.sql("SELECT *, hari_buka::int[] AS hari FROM pasar.pasar WHERE aktif ORDER BY nama").query(this::barisPasar).list();
	}

	Optional<Pasar> pasar(long id) {
		return jdbc.sql("SELECT *, hari_buka::int[] AS hari FROM pasar.pasar WHERE aktif AND id = ?").param(id).query(this::barisPasar).optional();
	}

	/** The ceiling price (HET) valid on the day, if any. */
	Optional<Long> het(long komoditasId, LocalDate tanggal) {
		return jdbc.sql("""
				SELECT harga FROM pasar.harga_acuan
				WHERE komoditas_id = ? AND jenis = 'HET' AND berlaku_dari <= ? AND (berlaku_sampai IS NULL OR berlaku_sampai >= ?)
				ORDER BY berlaku_dari DESC LIMIT 1""")
			.params(komoditasId, Date.valueOf(tanggal), Date.valueOf(tanggal))
			.query(Long.class)
			.optional();
	}

	/** Every enumerator's prices of the market and commodity from {@code dari} to the day before {@code sampai}. */
	List<Long> riwayat(long pasarId, long komoditasId, LocalDate dari, LocalDate sampai) {
		return jdbc.sql("SELECT harga FROM pasar.harga WHERE pasar_id = ? AND komoditas_id = ? AND tanggal >= ? AND tanggal < ?")
			.params(pasarId, komoditasId, Date.valueOf(dari), Date.valueOf(sampai))
			.query(Long.class)
			.list();
	}

	/** The enumerator's observation, locked until the transaction ends. */
	Optional<Observasi> cariUntukDiubah(long pasarId, long komoditasId, LocalDate tanggal, String petugas) {
		return jdbc.sql("SELECT * FROM pasar.harga WHERE pasar_id = ? AND komoditas_id = ? AND tanggal = ? AND petugas = ? FOR UPDATE")
			.params(pasarId, komoditasId, Date.valueOf(tanggal), petugas)
			.query(this::observasi)
			.optional();
	}

	/** Stores or replaces the enumerator's observation of the day; a concurrent twin lands on the same row. */
	@Transactional
	long simpan(long pasarId, long komoditasId, LocalDate tanggal, String petugas, long harga, String asal, boolean ditandai, Instant waktu) {
		long id = jdbc.sql("""
				INSERT INTO pasar.harga (pasar_id, komoditas_id, tanggal, petugas, harga, asal, ditandai, dibuat, diubah)
				VALUES (:pasar, :komoditas, :tanggal, :petugas, :harga, :asal, :ditandai, :waktu, :waktu)
				ON CONFLICT (pasar_id, komoditas_id, tanggal, petugas)
				DO UPDATE SET harga = excluded.harga, asal = excluded.asal, ditandai = excluded.ditandai, diubah = excluded.diubah
				RETURNING id""")
			.param("pasar", pasarId)
			.param("komoditas", komoditasId)
			.param("tanggal", Date.valueOf(tanggal))
			.param("petugas", petugas)
			.param("harga", harga)
			.param("asal", asal)
			.param("ditandai", ditandai)
			.param("waktu", Timestamp.from(waktu))
			.query(Long.class)
			.single();
		rataHarian.berubah(List.of(new KomoditasHari(komoditasId, tanggal)));
		return id;
	}

	/** What the enumerator has stored for the market and day, by commodity id. */
	Map<Long, Observasi> milikPetugas(long pasarId, LocalDate tanggal, String petugas) {
		return jdbc.sql("SELECT * FROM pasar.harga WHERE pasar_id = ? AND tanggal = ? AND petugas = ?")
			.params(pasarId, Date.valueOf(tanggal), petugas)
			.query(this::observasi)
			.list()
			.stream()
			.collect(Collectors.toMap(Observasi::komoditasId, o -> o));
	}

	/** The latest day with prices up to {@code sampai}, of one market or (null) any. */
	Optional<LocalDate> hariTerakhir(Long pasarId, LocalDate sampai) {
		return jdbc.sql("SELECT max(tanggal) FROM pasar.harga WHERE tanggal <= ? AND (CAST(? AS bigint) IS NULL OR pasar_id = ?)")
			.params(Date.valueOf(sampai), pasarId, pasarId)
			.query((rs, n) -> rs.getDate(1))
			.optional()
			.map(Date::toLocalDate);
	}

	/** Key of {@link #rataRata}: a commodity on a day. */
	record KomoditasHari(long komoditasId, LocalDate tanggal) {
	}

	/**
	 * The average price per commodity on each of the days, of one market or (null) the city: the
	 * mean of each market's mean, so a market with three enumerators counts once. The city's is
	 * read from the kept daily averages ({@link RataHarianRepository}).
	 */
	Map<KomoditasHari, Long> rataRata(List<LocalDate> hari, Long pasarId) {
		Map<KomoditasHari, Long> hasil = new HashMap<>();
		String sql = pasarId == null
				? "SELECT komoditas_id, tanggal, round(harga)::bigint AS harga FROM pasar.rata_harian WHERE tanggal = ANY (CAST(:hari AS date[]))"
				: """
						SELECT komoditas_id, tanggal, round(avg(harga))::bigint AS harga FROM pasar.harga
						WHERE tanggal = ANY (CAST(:hari AS date[])) AND pasar_id = :pasar GROUP BY komoditas_id, tanggal""";
		jdbc.sql(sql)
			.param("hari", hari.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}")))
			.param("pasar", pasarId)
			.query((ResultSet rs) -> {
				hasil.put(new KomoditasHari(rs.getLong("komoditas_id"), rs.getDate("tanggal").toLocalDate()), rs.getLong("harga"));
			});
		return hasil;
	}

	/** A market's reporting on a day: commodities reported, enumerators, and prices flagged for the supervisor. */
	record Laporan(Pasar pasar, int komoditas, int petugas, int ditandai) {
	}

	List<Laporan> laporan(LocalDate tanggal) {
		Map<Long, int[]> angka = new HashMap<>();
		jdbc.sql("""
				SELECT pasar_id, count(DISTINCT komoditas_id) AS komoditas, count(DISTINCT petugas) AS petugas,
				  count(*) FILTER (WHERE ditandai) AS ditandai
				FROM pasar.harga WHERE tanggal = ? GROUP BY pasar_id""")
			.param(Date.valueOf(tanggal))
			.query((ResultSet rs) -> {
				angka.put(rs.getLong("pasar_id"), new int[] { rs.getInt("komoditas"), rs.getInt("petugas"), rs.getInt("ditandai") });
			});
		return pasar().stream().map(p -> {
			int[] a = angka.getOrDefault(p.id(), new int[3]);
			return new Laporan(p, a[0], a[1], a[2]);
		}).toList();
	}

	/** A price accepted only after the enumerator confirmed it, for the supervisor. */
	record Ditandai(String pasar, String komoditas, String satuan, String petugas, long harga, String asal) {
	}

	List<Ditandai> ditandai(LocalDate tanggal) {
		return jdbc.sql("""
				SELECT p.nama AS pasar, k.nama, k.varian, k.satuan, h.petugas, h.harga, h.asal
				FROM pasar.harga h JOIN pasar.pasar p ON p.id = h.pasar_id JOIN pasar.komoditas k ON k.id = h.komoditas_id
				WHERE h.tanggal = ? AND h.ditandai ORDER BY p.nama, k.urutan""")
			.param(Date.valueOf(tanggal))
			.query((rs, n) -> new Ditandai(rs.getString("pasar"),
					Komoditas.namaLengkap(rs.getString("nama"), rs.getString("varian")), rs.getString("satuan"),
					rs.getString("petugas"), rs.getLong("harga"), rs.getString("asal")))
			.list();
	}

	/** One observation of {@link #tambahBanyak}. */
	record Baru(long pasarId, long komoditasId, LocalDate tanggal, long harga, String asal, boolean ditandai) {
	}

	/** Many observations of one enumerator in one statement (the demo's weeks of history). */
	@Transactional
	void tambahBanyak(String petugas, List<Baru> baru, Instant waktu) {
		Timestamp t = Timestamp.from(waktu);
		// positional: named parameters would expand an array into a list
		jdbc.sql("""
				INSERT INTO pasar.harga (pasar_id, komoditas_id, tanggal, petugas, harga, asal, ditandai, dibuat, diubah)
				SELECT p, k, t, ?, h, a, d, ?, ?
				FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::bigint[], ?::text[], ?::boolean[]) AS b(p, k, t, h, a, d)""")
			.params(petugas, t, t, baru.stream().map(Baru::pasarId).toArray(Long[]::new),
					baru.stream().map(Baru::komoditasId).toArray(Long[]::new),
					baru.stream().map(b -> b.tanggal().toString()).toArray(String[]::new), baru.stream().map(Baru::harga).toArray(Long[]::new),
					baru.stream().map(Baru::asal).toArray(String[]::new), baru.stream().map(Baru::ditandai).toArray(Boolean[]::new))
			.update();
		rataHarian.berubah(baru.stream().map(b -> new KomoditasHari(b.komoditasId(), b.tanggal())).toList());
	}

	boolean adaHarga() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pasar.harga)").query(Boolean.class).single();
	}

	private Pasar barisPasar(ResultSet rs, int n) throws SQLException {
		Integer[] hari = (Integer[]) rs.getArray("hari").getArray();
		return new Pasar(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"), rs.getString("kelurahan_kode"),
				rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), JenisPasar.valueOf(rs.getString("jenis")),
				Arrays.asList(hari));
	}

	private Observasi observasi(ResultSet rs, int n) throws SQLException {
		return new Observasi(rs.getLong("id"), rs.getLong("pasar_id"), rs.getLong("komoditas_id"), rs.getDate("tanggal").toLocalDate(),
				rs.getString("petugas"), rs.getLong("harga"), rs.getString("asal"), rs.getBoolean("ditandai"));
	}
}
