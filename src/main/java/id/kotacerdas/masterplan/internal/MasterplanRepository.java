package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.masterplan.RegisterMasterplan.JenisNilai;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Indikator.Arah;
import id.kotacerdas.platform.Indikator.Satuan;

/** The register, the live snapshots and the entered values. */
@Repository
class MasterplanRepository {

	private final JdbcClient jdbc;

	MasterplanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- register

	List<ProgramKerja> program() {
		return jdbc.sql("SELECT * FROM masterplan.program ORDER BY urutan, id").query(MasterplanRepository::barisProgram).list();
	}

	Optional<ProgramKerja> cariProgram(long id) {
		return jdbc.sql("SELECT * FROM masterplan.program WHERE id = ?").param(id).query(MasterplanRepository::barisProgram).optional();
	}

	long tambahProgram(ProgramKerja p, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO masterplan.program (kode, elemen, nama, deskripsi, opd_id, quick_win, rujukan_rpjmd, kode_iso, urutan, diubah)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(p.kode(), p.elemen().name(), p.nama(), p.deskripsi(), p.opdId(), p.quickWin(), p.rujukanRpjmd(), p.kodeIso(), p.urutan(),
					Timestamp.from(waktu))
			.query(Long.class).single();
	}

	void ubahProgram(ProgramKerja p, Instant waktu) {
		jdbc.sql("""
				UPDATE masterplan.program SET nama = ?, deskripsi = ?, opd_id = ?, quick_win = ?, rujukan_rpjmd = ?, kode_iso = ?, diubah = ?
				WHERE id = ?""")
			.params(p.nama(), p.deskripsi(), p.opdId(), p.quickWin(), p.rujukanRpjmd(), p.kodeIso(), Timestamp.from(waktu), p.id())
			.update();
	}

	List<IndikatorProgram> indikator() {
		Map<Long, Map<Integer, BigDecimal>> target = new HashMap<>();
		jdbc.sql("SELECT indikator_id, tahun, nilai FROM masterplan.target").query((rs, i) -> target
			.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3))).list();
		return jdbc.sql("SELECT * FROM masterplan.indikator ORDER BY program_id, urutan, id")
			.query((rs, i) -> barisIndikator(rs, target.getOrDefault(rs.getLong("id"), Map.of())))
			.list();
	}

	long tambahIndikator(IndikatorProgram i) {
		long id = jdbc.sql("""
				INSERT INTO masterplan.indikator (program_id, kode, nama, satuan, arah, jenis_nilai, kode_sumber, baseline_tahun, baseline_nilai, urutan)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(i.programId(), i.kode(), i.nama(), i.satuan().name(), i.arah().name(), i.jenis().name(), i.kodeSumber(), i.baselineTahun(),
					i.baselineNilai(), i.urutan())
			.query(Long.class).single();
		simpanTarget(id, i.target());
		return id;
	}

	/** Replaces the indicator's baseline and every target. */
	void ubahTarget(long indikatorId, Integer baselineTahun, BigDecimal baselineNilai, Map<Integer, BigDecimal> target) {
		jdbc.sql("UPDATE masterplan.indikator SET baseline_tahun = ?, baseline_nilai = ? WHERE id = ?")
			.params(baselineTahun, baselineNilai, indikatorId).update();
		jdbc.sql("DELETE FROM masterplan.target WHERE indikator_id = ?").param(indikatorId).update();
		simpanTarget(indikatorId, target);
	}

	private void simpanTarget(long indikatorId, Map<Integer, BigDecimal> target) {
		target.forEach((tahun, nilai) -> jdbc.sql("INSERT INTO masterplan.target (indikator_id, tahun, nilai) VALUES (?, ?, ?)")
			.params(indikatorId, tahun, nilai).update());
	}

	// ---- live snapshots

	/** Stores (or replaces) a live indicator's value for a year and its per-agency and per-kelurahan breakdowns. */
	void simpanCuplikan(long indikatorId, int tahun, Indikator.Hasil h, List<Indikator.NilaiWilayah> perKelurahan, String modul) {
		Indikator.Nilai n = h.kota();
		jdbc.sql("""
				INSERT INTO masterplan.cuplikan (indikator_id, tahun, angka, pembilang, penyebut, jumlah_catatan, sumber_modul, dihitung_pada)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (indikator_id, tahun) DO UPDATE SET angka = excluded.angka, pembilang = excluded.pembilang,
				    penyebut = excluded.penyebut, jumlah_catatan = excluded.jumlah_catatan, sumber_modul = excluded.sumber_modul,
				    dihitung_pada = excluded.dihitung_pada""")
			.params(indikatorId, tahun, n.angka(), n.rasio() == null ? null : n.rasio().pembilang(),
					n.rasio() == null ? null : n.rasio().penyebut(), n.jumlahCatatan(), modul, Timestamp.from(h.dihitungPada()))
			.update();
		jdbc.sql("DELETE FROM masterplan.cuplikan_opd WHERE indikator_id = ? AND tahun = ?").params(indikatorId, tahun).update();
		for (Indikator.NilaiOpd o : h.perOpd()) {
			Indikator.Nilai v = o.nilai();
			jdbc.sql("""
					INSERT INTO masterplan.cuplikan_opd (indikator_id, tahun, opd_id, opd, angka, pembilang, penyebut, jumlah_catatan)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(indikatorId, tahun, o.opdId(), o.opd(), v.angka(), v.rasio() == null ? null : v.rasio().pembilang(),
						v.rasio() == null ? null : v.rasio().penyebut(), v.jumlahCatatan())
				.update();
		}
		jdbc.sql("DELETE FROM masterplan.cuplikan_kelurahan WHERE indikator_id = ? AND tahun = ?").params(indikatorId, tahun).update();
		for (Indikator.NilaiWilayah w : perKelurahan) {
			Indikator.Nilai v = w.nilai();
			jdbc.sql("""
					INSERT INTO masterplan.cuplikan_kelurahan (indikator_id, tahun, kelurahan, kecamatan, angka, pembilang, penyebut, jumlah_catatan)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(indikatorId, tahun, w.kelurahan(), w.kecamatan(), v.angka(), v.rasio() == null ? null : v.rasio().pembilang(),
						v.rasio() == null ? null : v.rasio().penyebut(), v.jumlahCatatan())
				.update();
		}
	}

	/** Every snapshot, by indicator and year. */
	Map<Long, Map<Integer, Cuplikan>> cuplikan() {
		Map<Long, Map<Integer, Cuplikan>> hasil = new HashMap<>();
		jdbc.sql("SELECT * FROM masterplan.cuplikan").query(MasterplanRepository::barisCuplikan).list()
			.forEach(c -> hasil.computeIfAbsent(c.indikatorId(), k -> new TreeMap<>()).put(c.tahun(), c));
		return hasil;
	}

	Optional<Cuplikan> cuplikan(long indikatorId, int tahun) {
		return jdbc.sql("SELECT * FROM masterplan.cuplikan WHERE indikator_id = ? AND tahun = ?").params(indikatorId, tahun)
			.query(MasterplanRepository::barisCuplikan).optional();
	}

	List<Cuplikan.PerOpd> cuplikanOpd(long indikatorId, int tahun) {
		return jdbc.sql("SELECT * FROM masterplan.cuplikan_opd WHERE indikator_id = ? AND tahun = ? ORDER BY angka DESC NULLS LAST, opd")
			.params(indikatorId, tahun)
			.query((rs, i) -> new Cuplikan.PerOpd(rs.getLong("opd_id"), rs.getString("opd"), rs.getBigDecimal("angka"), panjang(rs, "pembilang"),
					panjang(rs, "penyebut"), rs.getLong("jumlah_catatan")))
			.list();
	}

	/** The stored per-kelurahan breakdown of a snapshot, best first; kelurahan without data last. */
	List<Cuplikan.PerKelurahan> cuplikanKelurahan(long indikatorId, int tahun) {
		return jdbc.sql("""
				SELECT * FROM masterplan.cuplikan_kelurahan WHERE indikator_id = ? AND tahun = ?
				ORDER BY angka DESC NULLS LAST, kecamatan, kelurahan""")
			.params(indikatorId, tahun)
			.query((rs, i) -> new Cuplikan.PerKelurahan(rs.getString("kelurahan"), rs.getString("kecamatan"), rs.getBigDecimal("angka"),
					panjang(rs, "pembilang"), panjang(rs, "penyebut"), rs.getLong("jumlah_catatan")))
			.list();
	}

	// ---- entered values

	long tambahIsian(NilaiIsian n) {
		return jdbc.sql("""
				INSERT INTO masterplan.nilai_isian (indikator_id, tahun, angka, tanggal_bukti, berkas_id, catatan, status, diajukan_oleh, diajukan_pada)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(n.indikatorId(), n.tahun(), n.angka(), Date.valueOf(n.tanggalBukti()), n.berkasId(), n.catatan(), n.status().name(),
					n.diajukanOleh(), Timestamp.from(n.diajukanPada()))
			.query(Long.class).single();
	}

	void tandaiPermohonan(long id, String kode) {
		jdbc.sql("UPDATE masterplan.nilai_isian SET permohonan_kode = ? WHERE id = ?").params(kode, id).update();
	}

	/** Follows the engine: the status, and who verified it when it is verified. */
	void ubahStatus(String permohonanKode, NilaiIsian.Status status, Long stafId, Instant waktu) {
		boolean terverifikasi = status == NilaiIsian.Status.TERVERIFIKASI;
		jdbc.sql("UPDATE masterplan.nilai_isian SET status = ?, diverifikasi_oleh = ?, diverifikasi_pada = ? WHERE permohonan_kode = ?")
			.params(status.name(), terverifikasi ? stafId : null, terverifikasi ? Timestamp.from(waktu) : null, permohonanKode)
			.update();
	}

	Optional<NilaiIsian> cariIsian(long id) {
		return jdbc.sql("SELECT * FROM masterplan.nilai_isian WHERE id = ?").param(id).query(MasterplanRepository::barisIsian).optional();
	}

	Optional<NilaiIsian> cariIsianPermohonan(String kode) {
		return jdbc.sql("SELECT * FROM masterplan.nilai_isian WHERE permohonan_kode = ?").param(kode).query(MasterplanRepository::barisIsian)
			.optional();
	}

	/** Every entered value, newest first. */
	List<NilaiIsian> isian() {
		return jdbc.sql("SELECT * FROM masterplan.nilai_isian ORDER BY diajukan_pada DESC, id DESC").query(MasterplanRepository::barisIsian).list();
	}

	List<NilaiIsian> isianIndikator(long indikatorId) {
		return jdbc.sql("SELECT * FROM masterplan.nilai_isian WHERE indikator_id = ? ORDER BY tahun DESC, diajukan_pada DESC, id DESC")
			.param(indikatorId).query(MasterplanRepository::barisIsian).list();
	}

	// ---- rows

	private static ProgramKerja barisProgram(ResultSet rs, int i) throws SQLException {
		return new ProgramKerja(rs.getLong("id"), rs.getString("kode"), ElemenKotaCerdas.valueOf(rs.getString("elemen")), rs.getString("nama"),
				rs.getString("deskripsi"), rs.getLong("opd_id"), rs.getBoolean("quick_win"), rs.getString("rujukan_rpjmd"),
				rs.getString("kode_iso"), rs.getInt("urutan"));
	}

	private static IndikatorProgram barisIndikator(ResultSet rs, Map<Integer, BigDecimal> target) throws SQLException {
		Integer baselineTahun = (Integer) rs.getObject("baseline_tahun");
		return new IndikatorProgram(rs.getLong("id"), rs.getLong("program_id"), rs.getString("kode"), rs.getString("nama"),
				Satuan.valueOf(rs.getString("satuan")), Arah.valueOf(rs.getString("arah")), JenisNilai.valueOf(rs.getString("jenis_nilai")),
				rs.getString("kode_sumber"), baselineTahun, rs.getBigDecimal("baseline_nilai"), rs.getInt("urutan"), new TreeMap<>(target));
	}

	private static Cuplikan barisCuplikan(ResultSet rs, int i) throws SQLException {
		return new Cuplikan(rs.getLong("indikator_id"), rs.getInt("tahun"), rs.getBigDecimal("angka"), panjang(rs, "pembilang"),
				panjang(rs, "penyebut"), rs.getLong("jumlah_catatan"), rs.getString("sumber_modul"), rs.getTimestamp("dihitung_pada").toInstant());
	}

	private static NilaiIsian barisIsian(ResultSet rs, int i) throws SQLException {
		Timestamp verifikasi = rs.getTimestamp("diverifikasi_pada");
		return new NilaiIsian(rs.getLong("id"), rs.getLong("indikator_id"), rs.getInt("tahun"), rs.getBigDecimal("angka"),
				rs.getDate("tanggal_bukti").toLocalDate(), rs.getObject("berkas_id", UUID.class), rs.getString("catatan"),
				NilaiIsian.Status.valueOf(rs.getString("status")), rs.getString("permohonan_kode"), rs.getString("diajukan_oleh"),
				rs.getTimestamp("diajukan_pada").toInstant(), panjang(rs, "diverifikasi_oleh"), verifikasi == null ? null : verifikasi.toInstant());
	}

	private static Long panjang(ResultSet rs, String kolom) throws SQLException {
		long v = rs.getLong(kolom);
		return rs.wasNull() ? null : v;
	}
}
