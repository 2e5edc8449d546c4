package id.kotacerdas.pju.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pole registry, its status history, patrols and their marks. */
@Repository
class TiangRepository {

	private final JdbcClient jdbc;

	TiangRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Tiang> cari(String kode) {
		return jdbc.sql("select * from pju.tiang where upper(kode) = upper(:kode)").param("kode", kode).query(TiangRepository::baca).optional();
	}

	/** Locked for a status change, so two reports about one pole apply one after the other. */
	Optional<Tiang> kunci(String kode) {
		return jdbc.sql("select * from pju.tiang where kode = :kode for update").param("kode", kode).query(TiangRepository::baca).optional();
	}

	/** Nearest first, by the equirectangular distance (exact enough within a city). */
	List<Tiang> terdekat(double lat, double lon, int batas) {
		return jdbc.sql("""
				select * from pju.tiang order by
				  power(lat - :lat, 2) + power((lon - :lon) * cos(radians(:lat)), 2) limit :batas""")
			.param("lat", lat).param("lon", lon).param("batas", batas).query(TiangRepository::baca).list();
	}

	/** The registry's rows by the filters (null: any), ordered by code. */
	List<Tiang> daftar(String kelurahanKode, String ruasKode, StatusTiang status, Long opdId, int batas) {
		return jdbc.sql("""
				select * from pju.tiang where (cast(:kel as varchar) is null or kelurahan_kode = :kel)
				  and (cast(:ruas as varchar) is null or ruas_kode = :ruas)
				  and (cast(:status as varchar) is null or status = :status) and (cast(:opd as bigint) is null or opd_id = :opd)
				order by kode limit :batas""")
			.param("kel", kelurahanKode).param("ruas", ruasKode).param("status", status == null ? null : status.name())
			.param("opd", opdId).param("batas", batas)
			.query(TiangRepository::baca).list();
	}

	/** Poles per kelurahan: all, and dark or gone now. */
	record Hitungan(String kelurahanKode, long tiang, long padam) {
	}

	List<Hitungan> hitungPerKelurahan() {
		return jdbc.sql("""
				select kelurahan_kode, count(*), count(*) filter (where status <> 'NYALA') from pju.tiang
				where kelurahan_kode is not null group by kelurahan_kode""")
			.query((rs, n) -> new Hitungan(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

	long jumlah() {
		return jdbc.sql("select count(*) from pju.tiang").query(Long.class).single();
	}

	/** Inserts or replaces a pole's registry data: a new pole starts with the given status, an existing one keeps its own. */
	void simpan(Tiang t, Instant waktu) {
		jdbc.sql("""
				insert into pju.tiang (kode, lat, lon, kelurahan_kode, ruas_kode, tinggi_m, jenis_lampu, daya_watt, opd_id, sambungan,
				  tanggal_pasang, kontrak, usulan_musrenbang, status, status_sejak, status_sumber, talq_id, diperbarui)
				values (:kode, :lat, :lon, :kel, :ruas, :tinggi, :lampu, :watt, :opd, :sambungan, :pasang, :kontrak, :usulan,
				  :status, :waktu, :sumber, :talq, :waktu)
				on conflict (kode) do update set lat = excluded.lat, lon = excluded.lon, kelurahan_kode = excluded.kelurahan_kode,
				  ruas_kode = excluded.ruas_kode, tinggi_m = excluded.tinggi_m, jenis_lampu = excluded.jenis_lampu,
				  daya_watt = excluded.daya_watt, opd_id = excluded.opd_id, sambungan = excluded.sambungan,
				  tanggal_pasang = excluded.tanggal_pasang, kontrak = excluded.kontrak, usulan_musrenbang = excluded.usulan_musrenbang,
				  talq_id = excluded.talq_id, diperbarui = excluded.diperbarui, versi = pju.tiang.versi + 1""")
			.param("kode", t.kode()).param("lat", t.lat()).param("lon", t.lon()).param("kel", t.kelurahanKode())
			.param("ruas", t.ruasKode()).param("tinggi", t.tinggiM()).param("lampu", t.jenisLampu().name())
			.param("watt", t.dayaWatt()).param("opd", t.opdId()).param("sambungan", t.sambungan().name())
			.param("pasang", t.tanggalPasang()).param("kontrak", t.kontrak()).param("usulan", t.usulanMusrenbang())
			.param("status", t.status().name()).param("waktu", Timestamp.from(waktu)).param("sumber", SumberStatus.PENDATAAN.name())
			.param("talq", t.talqId())
			.update();
	}

	/** Applies a report: the pole's status when it changed, and the report in the history either way. */
	void terapkan(String kode, Tiang.Perubahan p, String rujukan, String oleh, Instant waktu) {
		jdbc.sql("""
				update pju.tiang set status = :status, status_sumber = :sumber, pengaduan_nomor = :nomor,
				  status_sejak = case when :berubah then :waktu else status_sejak end, diperbarui = :waktu, versi = versi + 1
				where kode = :kode""")
			.param("status", p.status().name()).param("sumber", p.sumber().name()).param("nomor", p.pengaduanNomor())
			.param("berubah", p.berubah()).param("waktu", Timestamp.from(waktu)).param("kode", kode)
			.update();
		catat(kode, p.status(), p.sumber(), p.berubah(), rujukan, oleh, waktu);
	}

	void catat(String kode, StatusTiang status, SumberStatus sumber, boolean berubah, String rujukan, String oleh, Instant waktu) {
		jdbc.sql("""
				insert into pju.peristiwa (tiang_kode, waktu, status, sumber, berubah, rujukan, oleh)
				values (:kode, :waktu, :status, :sumber, :berubah, :rujukan, :oleh)""")
			.param("kode", kode).param("waktu", Timestamp.from(waktu)).param("status", status.name()).param("sumber", sumber.name())
			.param("berubah", berubah).param("rujukan", rujukan).param("oleh", oleh)
			.update();
	}

	/** One entry of a pole's history. */
	record Peristiwa(Instant waktu, StatusTiang status, SumberStatus sumber, boolean berubah, String rujukan, String oleh) {
	}

	List<Peristiwa> riwayat(String kode, int batas) {
		return jdbc.sql("select * from pju.peristiwa where tiang_kode = :kode order by waktu desc, id desc limit :batas")
			.param("kode", kode).param("batas", batas)
			.query((rs, n) -> new Peristiwa(rs.getTimestamp("waktu").toInstant(), StatusTiang.valueOf(rs.getString("status")),
					SumberStatus.valueOf(rs.getString("sumber")), rs.getBoolean("berubah"), rs.getString("rujukan"), rs.getString("oleh")))
			.list();
	}

	// --- night patrols ---

	/** Starts the patrol the phone named, once. */
	void patroli(UUID id, long stafId, String namaStaf, String kelurahanKode, Instant mulai) {
		jdbc.sql("""
				insert into pju.patroli (id, staf_id, nama_staf, kelurahan_kode, mulai) values (:id, :staf, :nama, :kel, :mulai)
				on conflict (id) do nothing""")
			.param("id", id).param("staf", stafId).param("nama", namaStaf).param("kel", kelurahanKode).param("mulai", Timestamp.from(mulai))
			.update();
	}

	/** The patrol's owner, to refuse marks into another person's patrol. */
	Optional<Long> pemilikPatroli(UUID id) {
		return jdbc.sql("select staf_id from pju.patroli where id = :id").param("id", id).query(Long.class).optional();
	}

	/** Stores a mark once: false when its id was stored before (a repeat after a dropped connection). */
	boolean tanda(UUID id, UUID patroli, String kode, StatusTiang status, Instant waktu, Instant diterima) {
		return jdbc.sql("""
				insert into pju.tanda (id, patroli_id, tiang_kode, status, waktu, diterima)
				values (:id, :patroli, :kode, :status, :waktu, :diterima) on conflict (id) do nothing""")
			.param("id", id).param("patroli", patroli).param("kode", kode).param("status", status.name())
			.param("waktu", Timestamp.from(waktu)).param("diterima", Timestamp.from(diterima))
			.update() == 1;
	}

	long jumlahTanda(UUID patroli) {
		return jdbc.sql("select count(*) from pju.tanda where patroli_id = :p").param("p", patroli).query(Long.class).single();
	}

	// --- uploaded sheets ---

	void simpanImpor(UUID id, long stafId, byte[] isi, Instant waktu) {
		jdbc.sql("insert into pju.impor (id, staf_id, isi, dibuat) values (:id, :staf, :isi, :waktu)")
			.param("id", id).param("staf", stafId).param("isi", isi).param("waktu", Timestamp.from(waktu)).update();
	}

	/** The sheet this person uploaded, taken out (a confirmation uses it once). */
	Optional<byte[]> ambilImpor(UUID id, long stafId) {
		return jdbc.sql("delete from pju.impor where id = :id and staf_id = :staf returning isi").param("id", id).param("staf", stafId)
			.query((rs, n) -> rs.getBytes(1)).optional();
	}

	void hapusImporLama(Instant sebelum) {
		jdbc.sql("delete from pju.impor where dibuat < :sebelum").param("sebelum", Timestamp.from(sebelum)).update();
	}

	static Tiang baca(ResultSet rs, int n) throws SQLException {
		java.sql.Date pasang = rs.getDate("tanggal_pasang");
		return new Tiang(rs.getString("kode"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("kelurahan_kode"),
				rs.getString("ruas_kode"), rs.getInt("tinggi_m"), JenisLampu.valueOf(rs.getString("jenis_lampu")), rs.getInt("daya_watt"),
				rs.getLong("opd_id"), Sambungan.valueOf(rs.getString("sambungan")), pasang == null ? null : pasang.toLocalDate(),
				rs.getString("kontrak"), rs.getString("usulan_musrenbang"), StatusTiang.valueOf(rs.getString("status")),
				rs.getTimestamp("status_sejak").toInstant(), SumberStatus.valueOf(rs.getString("status_sumber")),
				rs.getString("pengaduan_nomor"), rs.getString("talq_id"));
	}

}
