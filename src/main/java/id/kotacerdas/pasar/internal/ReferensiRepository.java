package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference data as its editors see it: inactive rows too, every column. */
@Repository
class ReferensiRepository {

	private final JdbcClient jdbc;

	ReferensiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A commodity with its national ids, for editing. */
	record DataKomoditas(Long id, String kode, String nama, String varian, String satuan, String kodePihps, String kodeBapanas,
			String kodeSp2kp, boolean lokal, int urutan, boolean aktif) {

		public String namaLengkap() {
			return Komoditas.namaLengkap(nama, varian);
		}
	}

	List<DataKomoditas> semuaKomoditas() {
		return jdbc.sql("SELECT * FROM pasar.komoditas ORDER BY urutan, id").query(this::barisKomoditas).list();
	}

	Optional<DataKomoditas> komoditas(long id) {
		return jdbc.sql("SELECT * FROM pasar.komoditas WHERE id = ?").param(id).query(this::barisKomoditas).optional();
	}

	/** Locks the commodity, so two editors of its periods run one after the other. */
	void kunciKomoditas(long id) {
		jdbc.sql("SELECT id FROM pasar.komoditas WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	boolean namaKomoditasDipakai(String nama, String varian, Long selain) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM pasar.komoditas WHERE lower(nama) = lower(?) AND lower(coalesce(varian, '')) = lower(coalesce(?, ''))
				  AND (CAST(? AS bigint) IS NULL OR id <> ?))""")
			.params(nama, varian, selain, selain)
			.query(Boolean.class)
			.single();
	}

	boolean kodeKomoditasDipakai(String kode) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pasar.komoditas WHERE kode = ?)").param(kode).query(Boolean.class).single();
	}

	int urutanBerikut() {
		return jdbc.sql("SELECT coalesce(max(urutan), 0) + 10 FROM pasar.komoditas").query(Integer.class).single();
	}

	long tambahKomoditas(DataKomoditas k) {
		return jdbc.sql("""
				INSERT INTO pasar.komoditas (kode, nama, varian, satuan, kode_pihps, kode_bapanas, kode_sp2kp, lokal, urutan, aktif)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(k.kode(), k.nama(), k.varian(), k.satuan(), k.kodePihps(), k.kodeBapanas(), k.kodeSp2kp(), k.lokal(), k.urutan(), k.aktif())
			.query(Long.class)
			.single();
	}

	void ubahKomoditas(DataKomoditas k) {
		jdbc.sql("""
				UPDATE pasar.komoditas SET nama = ?, varian = ?, satuan = ?, kode_pihps = ?, kode_bapanas = ?, kode_sp2kp = ?, lokal = ?,
				  urutan = ?, aktif = ? WHERE id = ?""")
			.params(k.nama(), k.varian(), k.satuan(), k.kodePihps(), k.kodeBapanas(), k.kodeSp2kp(), k.lokal(), k.urutan(), k.aktif(), k.id())
			.update();
	}

	List<Konversi.Langkah> konversi(long komoditasId) {
		return jdbc.sql("SELECT dari, ke, faktor FROM pasar.konversi WHERE komoditas_id = ? ORDER BY dari, ke")
			.param(komoditasId)
			.query((rs, n) -> new Konversi.Langkah(rs.getString("dari"), rs.getString("ke"), rs.getBigDecimal("faktor")))
			.list();
	}

	/** False when the pair is already there (in either direction). */
	boolean tambahKonversi(long komoditasId, String dari, String ke, BigDecimal faktor) {
		return jdbc.sql("""
				INSERT INTO pasar.konversi (komoditas_id, dari, ke, faktor)
				SELECT :k, :dari, :ke, :faktor WHERE NOT EXISTS (
				  SELECT 1 FROM pasar.konversi WHERE komoditas_id = :k AND ((dari = :dari AND ke = :ke) OR (dari = :ke AND ke = :dari)))""")
			.param("k", komoditasId)
			.param("dari", dari)
			.param("ke", ke)
			.param("faktor", faktor)
			.update() == 1;
	}

	boolean hapusKonversi(long komoditasId, String dari, String ke) {
		return jdbc.sql("DELETE FROM pasar.konversi WHERE komoditas_id = ? AND dari = ? AND ke = ?").params(komoditasId, dari, ke).update() == 1;
	}

	/** A ceiling (HET) or reference (HAP) price valid from {@code berlakuDari} to {@code berlakuSampai} (null: open). */
	record HargaAcuan(long id, long komoditasId, String jenis, long harga, LocalDate berlakuDari, LocalDate berlakuSampai, String dasar) {
	}

	List<HargaAcuan> acuan(long komoditasId) {
		return jdbc.sql("SELECT * FROM pasar.harga_acuan WHERE komoditas_id = ? ORDER BY jenis, berlaku_dari").param(komoditasId).query(this::barisAcuan).list();
	}

	Optional<HargaAcuan> satuAcuan(long id) {
		return jdbc.sql("SELECT * FROM pasar.harga_acuan WHERE id = ?").param(id).query(this::barisAcuan).optional();
	}

	long tambahAcuan(long komoditasId, String jenis, long harga, LocalDate dari, LocalDate sampai, String dasar) {
		return jdbc.sql("""
				INSERT INTO pasar.harga_acuan (komoditas_id, jenis, harga, berlaku_dari, berlaku_sampai, dasar)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(komoditasId, jenis, harga, Date.valueOf(dari), sampai == null ? null : Date.valueOf(sampai), dasar)
			.query(Long.class)
			.single();
	}

	void hapusAcuan(long id) {
		jdbc.sql("DELETE FROM pasar.harga_acuan WHERE id = ?").param(id).update();
	}

	/** A market with its active flag, for editing. */
	record DataPasar(Long id, String kode, String nama, String kelurahanKode, Double lat, Double lon, String jenis, List<Integer> hariBuka,
			boolean aktif) {
	}

	List<DataPasar> semuaPasar() {
		return jdbc.sql("SELECT *, hari_buka::int[] AS hari FROM pasar.pasar ORDER BY nama").query(this::barisPasar).list();
	}

	Optional<DataPasar> pasar(long id) {
		return jdbc.sql("SELECT *, hari_buka::int[] AS hari FROM pasar.pasar WHERE id = ?").param(id).query(this::barisPasar).optional();
	}

	boolean namaPasarDipakai(String nama, Long selain) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pasar.pasar WHERE lower(nama) = lower(?) AND (CAST(? AS bigint) IS NULL OR id <> ?))")
			.params(nama, selain, selain)
			.query(Boolean.class)
			.single();
	}

	boolean kodePasarDipakai(String kode) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pasar.pasar WHERE kode = ?)").param(kode).query(Boolean.class).single();
	}

	long tambahPasar(DataPasar p) {
		return jdbc.sql("""
				INSERT INTO pasar.pasar (kode, nama, kelurahan_kode, lat, lon, jenis, hari_buka, aktif)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS smallint[]), ?) RETURNING id""")
			.params(p.kode(), p.nama(), p.kelurahanKode(), p.lat(), p.lon(), p.jenis(), larik(p.hariBuka()), p.aktif())
			.query(Long.class)
			.single();
	}

	void ubahPasar(DataPasar p) {
		jdbc.sql("UPDATE pasar.pasar SET nama = ?, kelurahan_kode = ?, lat = ?, lon = ?, jenis = ?, hari_buka = CAST(? AS smallint[]), aktif = ? WHERE id = ?")
			.params(p.nama(), p.kelurahanKode(), p.lat(), p.lon(), p.jenis(), larik(p.hariBuka()), p.aktif(), p.id())
			.update();
	}

	private static String larik(List<Integer> hari) {
		return hari.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	private DataKomoditas barisKomoditas(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DataKomoditas(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"), rs.getString("varian"), rs.getString("satuan"),
				rs.getString("kode_pihps"), rs.getString("kode_bapanas"), rs.getString("kode_sp2kp"), rs.getBoolean("lokal"), rs.getInt("urutan"),
				rs.getBoolean("aktif"));
	}

	private HargaAcuan barisAcuan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Date sampai = rs.getDate("berlaku_sampai");
		return new HargaAcuan(rs.getLong("id"), rs.getLong("komoditas_id"), rs.getString("jenis"), rs.getLong("harga"),
				rs.getDate("berlaku_dari").toLocalDate(), sampai == null ? null : sampai.toLocalDate(), rs.getString("dasar"));
	}

	private DataPasar barisPasar(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DataPasar(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"), rs.getString("kelurahan_kode"),
				rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getString("jenis"),
				java.util.Arrays.asList((Integer[]) rs.getArray("hari").getArray()), rs.getBoolean("aktif"));
	}
}
