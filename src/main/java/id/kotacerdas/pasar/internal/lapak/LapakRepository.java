package id.kotacerdas.pasar.internal.lapak;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.qris.PembayaranDiterima;

/** Stalls and their retribution. */
@Repository
class LapakRepository {

	/** Stall numbers in the order people count them: A-2 before A-10. */
	private static final String URUT_NOMOR = "regexp_replace(l.nomor, '[0-9]+', '', 'g'), coalesce(substring(l.nomor from '[0-9]{1,9}')::int, 0), l.nomor";

	private static final String PILIH_LAPAK = "SELECT l.*, p.nama AS nama_pasar FROM pasar.lapak l JOIN pasar.pasar p ON p.id = l.pasar_id";

	private final JdbcClient jdbc;

	LapakRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A market as retribution sees it: its name and the ISO days of the week it opens. */
	record PasarLapak(long id, String nama, Set<Integer> hariBuka) {

		boolean buka(LocalDate tanggal) {
			return hariBuka.contains(tanggal.getDayOfWeek().getValue());
		}
	}

	List<PasarLapak> pasar() {
		return jdbc.sql("SELECT id, nama, hari_buka::int[] AS hari FROM pasar.pasar WHERE aktif ORDER BY nama").query(this::barisPasar).list();
	}

	Optional<PasarLapak> pasar(long id) {
		return jdbc.sql("SELECT id, nama, hari_buka::int[] AS hari FROM pasar.pasar WHERE aktif AND id = ?").param(id).query(this::barisPasar)
			.optional();
	}

	Optional<Lapak> lapak(long id) {
		return jdbc.sql(PILIH_LAPAK + " WHERE l.id = ?").param(id).query(this::barisLapak).optional();
	}

	/** The stall, locked until the transaction ends: two submissions of one payment wait for each other. */
	Optional<Lapak> lapakUntukDiubah(long id) {
		return jdbc.sql(PILIH_LAPAK + " WHERE l.id = ? FOR UPDATE OF l").param(id).query(this::barisLapak).optional();
	}

	Optional<Lapak> cari(long pasarId, String nomor) {
		return jdbc.sql(PILIH_LAPAK + " WHERE l.pasar_id = ? AND l.nomor = ?").params(pasarId, nomor).query(this::barisLapak).optional();
	}

	/** The stalls of a trader, by NIK, in the order of markets and numbers. */
	List<Lapak> lapakPedagang(String nik) {
		return jdbc.sql(PILIH_LAPAK + " WHERE l.nik_pedagang = ? ORDER BY p.nama, " + URUT_NOMOR).param(nik).query(this::barisLapak).list();
	}

	List<Lapak> daftar(long pasarId) {
		return jdbc.sql(PILIH_LAPAK + " WHERE l.pasar_id = ? ORDER BY " + URUT_NOMOR).param(pasarId).query(this::barisLapak).list();
	}

	/** Inserts the stall; empty when its number is already taken in the market (a concurrent twin included). */
	Optional<Long> tambah(Lapak l, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO pasar.lapak (pasar_id, nomor, pedagang, dagangan, tarif, terisi, qris, nmid, qris_diperiksa, nik_pedagang, diubah)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pasar_id, nomor) DO NOTHING RETURNING id""")
			.params(l.pasarId(), l.nomor(), l.pedagang(), l.dagangan(), l.tarif(), l.terisi(), l.qris(), l.nmid(), l.qrisDiperiksa(),
					l.nikPedagang(), Timestamp.from(waktu))
			.query(Long.class)
			.optional();
	}

	/** Updates the stall; false when its new number is taken by another stall of the market. */
	boolean ubah(Lapak l, Instant waktu) {
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM pasar.lapak WHERE pasar_id = ? AND nomor = ? AND id <> ?)")
			.params(l.pasarId(), l.nomor(), l.id()).query(Boolean.class).single()) {
			return false;
		}
		jdbc.sql("""
				UPDATE pasar.lapak SET nomor = ?, pedagang = ?, dagangan = ?, tarif = ?, terisi = ?, qris = ?, nmid = ?, qris_diperiksa = ?,
				    nik_pedagang = ?, diubah = ? WHERE id = ?""")
			.params(l.nomor(), l.pedagang(), l.dagangan(), l.tarif(), l.terisi(), l.qris(), l.nmid(), l.qrisDiperiksa(), l.nikPedagang(),
					Timestamp.from(waktu), l.id())
			.update();
		return true;
	}

	Optional<Retribusi> retribusi(long lapakId, LocalDate tanggal) {
		return jdbc.sql("SELECT * FROM pasar.retribusi WHERE lapak_id = ? AND tanggal = ?").params(lapakId, Date.valueOf(tanggal))
			.query(this::barisRetribusi).optional();
	}

	/** Stores or replaces the stall's payment of the day. */
	long simpanRetribusi(long lapakId, LocalDate tanggal, long jumlah, long tarif, CaraBayar cara, String petugas, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO pasar.retribusi (lapak_id, tanggal, jumlah, tarif, cara, petugas, dicatat, diubah)
				VALUES (:lapak, :tanggal, :jumlah, :tarif, :cara, :petugas, :waktu, :waktu)
				ON CONFLICT (lapak_id, tanggal)
				DO UPDATE SET jumlah = excluded.jumlah, tarif = excluded.tarif, cara = excluded.cara, petugas = excluded.petugas, diubah = excluded.diubah
				RETURNING id""")
			.param("lapak", lapakId)
			.param("tanggal", Date.valueOf(tanggal))
			.param("jumlah", jumlah)
			.param("tarif", tarif)
			.param("cara", cara.name())
			.param("petugas", petugas)
			.param("waktu", Timestamp.from(waktu))
			.query(Long.class)
			.single();
	}

	/** A stall of the day's view and its payment of that day, if any. */
	record LapakHari(Lapak lapak, Retribusi retribusi) {
	}

	List<LapakHari> hari(long pasarId, LocalDate tanggal) {
		return jdbc.sql("""
				SELECT l.*, p.nama AS nama_pasar, r.id AS r_id, r.jumlah, r.tarif AS r_tarif, r.cara, r.petugas, r.dicatat
				FROM pasar.lapak l JOIN pasar.pasar p ON p.id = l.pasar_id
				LEFT JOIN pasar.retribusi r ON r.lapak_id = l.id AND r.tanggal = ?
				WHERE l.pasar_id = ? ORDER BY""" + " " + URUT_NOMOR)
			.params(Date.valueOf(tanggal), pasarId)
			.query((rs, n) -> new LapakHari(barisLapak(rs, n), rs.getObject("r_id") == null ? null
					: new Retribusi(rs.getLong("r_id"), rs.getLong("id"), tanggal, rs.getLong("jumlah"), rs.getLong("r_tarif"),
							CaraBayar.valueOf(rs.getString("cara")), rs.getString("petugas"), rs.getTimestamp("dicatat").toInstant())))
			.list();
	}

	/**
	 * A market's register in figures: stalls, occupied stalls, those that owe a payment and the sum
	 * of their tariffs (what one open day should bring).
	 */
	record Register(int lapak, int terisi, int wajib, long tarifHarian) {
	}

	Map<Long, Register> register() {
		Map<Long, Register> hasil = new HashMap<>();
		jdbc.sql("""
				SELECT pasar_id, count(*) AS lapak, count(*) FILTER (WHERE terisi) AS terisi,
				  count(*) FILTER (WHERE terisi AND tarif > 0) AS wajib, coalesce(sum(tarif) FILTER (WHERE terisi), 0) AS tarif
				FROM pasar.lapak GROUP BY pasar_id""")
			.query((ResultSet rs) -> {
				hasil.put(rs.getLong("pasar_id"), new Register(rs.getInt("lapak"), rs.getInt("terisi"), rs.getInt("wajib"), rs.getLong("tarif")));
			});
		return hasil;
	}

	/** Payments of a period per market: how many and how much. */
	record Terkumpul(int pembayaran, long jumlah) {

		static final Terkumpul NOL = new Terkumpul(0, 0);
	}

	Map<Long, Terkumpul> terkumpul(LocalDate dari, LocalDate sampai) {
		Map<Long, Terkumpul> hasil = new HashMap<>();
		jdbc.sql("""
				SELECT l.pasar_id, count(*) AS pembayaran, sum(r.jumlah) AS jumlah
				FROM pasar.retribusi r JOIN pasar.lapak l ON l.id = r.lapak_id
				WHERE r.tanggal BETWEEN ? AND ? GROUP BY l.pasar_id""")
			.params(Date.valueOf(dari), Date.valueOf(sampai))
			.query((ResultSet rs) -> {
				hasil.put(rs.getLong("pasar_id"), new Terkumpul(rs.getInt("pembayaran"), rs.getLong("jumlah")));
			});
		return hasil;
	}

	Map<Long, Terkumpul> terkumpul(YearMonth bulan) {
		return terkumpul(bulan.atDay(1), bulan.atEndOfMonth());
	}

	boolean adaLapak() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pasar.lapak)").query(Boolean.class).single();
	}

	/** The outcome already recorded for this notification (the same event delivered again), if any. */
	Optional<RetribusiQris.Hasil> hasilPembayaranQris(PembayaranDiterima p) {
		return jdbc.sql("SELECT hasil FROM pasar.pembayaran_qris WHERE penyedia = ? AND referensi = ? AND waktu = ? AND nominal = ?")
			.params(p.penyedia(), p.referensi(), Timestamp.from(p.waktu()), p.nominal()).query(String.class).optional()
			.map(RetribusiQris.Hasil::valueOf);
	}

	void simpanPembayaranQris(PembayaranDiterima p, String hasil, Long lapakId, LocalDate tanggal, Long retribusiId, Instant dicatat) {
		jdbc.sql("""
				INSERT INTO pasar.pembayaran_qris (penyedia, referensi, nominal, waktu, nmid, hasil, lapak_id, tanggal, retribusi_id, dicatat)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(p.penyedia(), p.referensi(), p.nominal(), Timestamp.from(p.waktu()), p.nmid(), hasil, lapakId,
					tanggal == null ? null : Date.valueOf(tanggal), retribusiId, Timestamp.from(dicatat))
			.update();
	}

	/** A QRIS payment that could not be matched to a bill, as staff see it. */
	record PembayaranQris(String penyedia, String referensi, long nominal, Instant waktu, String nmid, RetribusiQris.Hasil hasil,
			String lapak) {
	}

	List<PembayaranQris> pembayaranQrisBelumCocok(int batas) {
		return jdbc.sql("""
				SELECT q.*, p.nama || ' ' || l.nomor AS lapak FROM pasar.pembayaran_qris q
				LEFT JOIN pasar.lapak l ON l.id = q.lapak_id LEFT JOIN pasar.pasar p ON p.id = l.pasar_id
				WHERE q.hasil <> 'DIBAYAR' ORDER BY q.dicatat DESC, q.id DESC LIMIT ?""")
			.param(batas)
			.query((rs, n) -> new PembayaranQris(rs.getString("penyedia"), rs.getString("referensi"), rs.getLong("nominal"),
					rs.getTimestamp("waktu").toInstant(), rs.getString("nmid"), RetribusiQris.Hasil.valueOf(rs.getString("hasil")),
					rs.getString("lapak")))
			.list();
	}

	private PasarLapak barisPasar(ResultSet rs, int n) throws SQLException {
		Integer[] hari = (Integer[]) rs.getArray("hari").getArray();
		return new PasarLapak(rs.getLong("id"), rs.getString("nama"), Set.copyOf(Arrays.asList(hari)));
	}

	private Lapak barisLapak(ResultSet rs, int n) throws SQLException {
		return new Lapak(rs.getLong("id"), rs.getLong("pasar_id"), rs.getString("nama_pasar"), rs.getString("nomor"), rs.getString("pedagang"),
				rs.getString("dagangan"), rs.getLong("tarif"), rs.getBoolean("terisi"), rs.getBoolean("qris"), rs.getString("nmid"),
				rs.getBoolean("qris_diperiksa"), rs.getString("nik_pedagang"));
	}

	private Retribusi barisRetribusi(ResultSet rs, int n) throws SQLException {
		return new Retribusi(rs.getLong("id"), rs.getLong("lapak_id"), rs.getDate("tanggal").toLocalDate(), rs.getLong("jumlah"),
				rs.getLong("tarif"), CaraBayar.valueOf(rs.getString("cara")), rs.getString("petugas"), rs.getTimestamp("dicatat").toInstant());
	}

}
