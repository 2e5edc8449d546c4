package id.kotacerdas.mutu.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.mutu.internal.Mutu.Diagnosis;
import id.kotacerdas.mutu.internal.Mutu.DokumenMutu;
import id.kotacerdas.mutu.internal.Mutu.Indikator18091;
import id.kotacerdas.mutu.internal.Mutu.KategoriTemuan;
import id.kotacerdas.mutu.internal.Mutu.Sertifikasi;
import id.kotacerdas.mutu.internal.Mutu.StatusSertifikasi;
import id.kotacerdas.mutu.internal.Mutu.Temuan;
import id.kotacerdas.mutu.internal.Mutu.Tindakan;
import id.kotacerdas.mutu.internal.Mutu.Tinjauan;
import id.kotacerdas.mutu.internal.Mutu.Warna;

@Repository
class MutuRepository {

	private final JdbcClient jdbc;

	MutuRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, Sertifikasi> sertifikasi() {
		Map<Long, Sertifikasi> hasil = new HashMap<>();
		jdbc.sql("select * from mutu.sertifikasi").query(rs -> {
			Date sampai = rs.getDate("berlaku_sampai");
			hasil.put(rs.getLong("opd_id"), new Sertifikasi(rs.getLong("opd_id"), StatusSertifikasi.valueOf(rs.getString("status")), rs.getString("lembaga"),
					rs.getString("nomor_sertifikat"), sampai == null ? null : sampai.toLocalDate(), rs.getString("ruang_lingkup")));
		});
		return hasil;
	}

	void simpanSertifikasi(Sertifikasi s, Instant pada) {
		jdbc.sql("""
				insert into mutu.sertifikasi (opd_id, status, lembaga, nomor_sertifikat, berlaku_sampai, ruang_lingkup, diubah_pada)
				values (:opd, :status, :lembaga, :nomor, :sampai, :lingkup, :pada)
				on conflict (opd_id) do update set status = excluded.status, lembaga = excluded.lembaga, nomor_sertifikat = excluded.nomor_sertifikat,
				  berlaku_sampai = excluded.berlaku_sampai, ruang_lingkup = excluded.ruang_lingkup, diubah_pada = excluded.diubah_pada""")
			.param("opd", s.opdId())
			.param("status", s.status().name())
			.param("lembaga", s.lembaga())
			.param("nomor", s.nomor())
			.param("sampai", s.berlakuSampai() == null ? null : Date.valueOf(s.berlakuSampai()))
			.param("lingkup", s.ruangLingkup())
			.param("pada", Timestamp.from(pada))
			.update();
	}

	List<DokumenMutu> dokumen(long opdId) {
		return jdbc.sql("select * from mutu.dokumen where opd_id = :opd order by kode, revisi desc").param("opd", opdId)
			.query((rs, n) -> new DokumenMutu(rs.getLong("id"), rs.getLong("opd_id"), rs.getString("kode"), rs.getString("judul"), rs.getInt("revisi"),
					rs.getDate("berlaku_mulai").toLocalDate(), rs.getObject("berkas", UUID.class)))
			.list();
	}

	boolean adaRevisi(long opdId, String kode, int revisi) {
		return jdbc.sql("select exists (select 1 from mutu.dokumen where opd_id = :opd and kode = :kode and revisi = :revisi)")
			.param("opd", opdId).param("kode", kode).param("revisi", revisi).query(Boolean.class).single();
	}

	long tambahDokumen(DokumenMutu d, Instant pada) {
		return jdbc.sql("""
				insert into mutu.dokumen (opd_id, kode, judul, revisi, berlaku_mulai, berkas, dicatat_pada)
				values (:opd, :kode, :judul, :revisi, :mulai, :berkas, :pada) returning id""")
			.param("opd", d.opdId()).param("kode", d.kode()).param("judul", d.judul()).param("revisi", d.revisi())
			.param("mulai", Date.valueOf(d.berlakuMulai())).param("berkas", d.berkas()).param("pada", Timestamp.from(pada))
			.query(Long.class).single();
	}

	Optional<DokumenMutu> cariDokumen(long id) {
		return jdbc.sql("select * from mutu.dokumen where id = :id").param("id", id)
			.query((rs, n) -> new DokumenMutu(rs.getLong("id"), rs.getLong("opd_id"), rs.getString("kode"), rs.getString("judul"), rs.getInt("revisi"),
					rs.getDate("berlaku_mulai").toLocalDate(), rs.getObject("berkas", UUID.class)))
			.optional();
	}

	List<Temuan> temuan(long opdId) {
		return jdbc.sql("select * from mutu.temuan where opd_id = :opd order by tanggal_audit desc, id").param("opd", opdId).query(this::bacaTemuan).list();
	}

	Optional<Temuan> cariTemuan(long id) {
		return jdbc.sql("select * from mutu.temuan where id = :id").param("id", id).query(this::bacaTemuan).optional();
	}

	private Temuan bacaTemuan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Temuan(rs.getLong("id"), rs.getLong("opd_id"), rs.getDate("tanggal_audit").toLocalDate(), rs.getString("klausul"),
				KategoriTemuan.valueOf(rs.getString("kategori")), rs.getString("uraian"));
	}

	long tambahTemuan(Temuan t, Instant pada) {
		return jdbc.sql("""
				insert into mutu.temuan (opd_id, tanggal_audit, klausul, kategori, uraian, dicatat_pada)
				values (:opd, :tanggal, :klausul, :kategori, :uraian, :pada) returning id""")
			.param("opd", t.opdId()).param("tanggal", Date.valueOf(t.tanggalAudit())).param("klausul", t.klausul())
			.param("kategori", t.kategori().name()).param("uraian", t.uraian()).param("pada", Timestamp.from(pada))
			.query(Long.class).single();
	}

	/** The agency's corrective actions, by finding. */
	List<Tindakan> tindakan(long opdId) {
		return jdbc.sql("""
				select k.* from mutu.tindakan k join mutu.temuan t on t.id = k.temuan_id where t.opd_id = :opd order by k.batas, k.id""")
			.param("opd", opdId).query(this::bacaTindakan).list();
	}

	Optional<Tindakan> cariTindakan(long id) {
		return jdbc.sql("select * from mutu.tindakan where id = :id").param("id", id).query(this::bacaTindakan).optional();
	}

	private Tindakan bacaTindakan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Date selesai = rs.getDate("selesai_pada");
		return new Tindakan(rs.getLong("id"), rs.getLong("temuan_id"), rs.getString("uraian"), rs.getString("penanggung_jawab"),
				rs.getDate("batas").toLocalDate(), selesai == null ? null : selesai.toLocalDate());
	}

	long tambahTindakan(Tindakan t, Instant pada) {
		return jdbc.sql("""
				insert into mutu.tindakan (temuan_id, uraian, penanggung_jawab, batas, dicatat_pada)
				values (:temuan, :uraian, :pj, :batas, :pada) returning id""")
			.param("temuan", t.temuanId()).param("uraian", t.uraian()).param("pj", t.penanggungJawab()).param("batas", Date.valueOf(t.batas()))
			.param("pada", Timestamp.from(pada))
			.query(Long.class).single();
	}

	/** Marks an open action done; false when it was done already. */
	boolean selesaikan(long id, LocalDate tanggal) {
		return jdbc.sql("update mutu.tindakan set selesai_pada = :tanggal where id = :id and selesai_pada is null")
			.param("id", id).param("tanggal", Date.valueOf(tanggal)).update() == 1;
	}

	/** Open actions past their due date, per agency (all agencies when {@code opdId} is null). */
	long jumlahTerlambat(Long opdId, LocalDate hariIni) {
		return jdbc.sql("""
				select count(*) from mutu.tindakan k join mutu.temuan t on t.id = k.temuan_id
				where k.selesai_pada is null and k.batas < :hari and (cast(:opd as bigint) is null or t.opd_id = :opd)""")
			.param("hari", Date.valueOf(hariIni)).param("opd", opdId).query(Long.class).single();
	}

	/** Open and late actions of every agency: opd id → {open, late}. */
	Map<Long, long[]> ringkasanTindakan(LocalDate hariIni) {
		Map<Long, long[]> hasil = new HashMap<>();
		jdbc.sql("""
				select t.opd_id, count(*) as terbuka, count(*) filter (where k.batas < :hari) as terlambat
				from mutu.tindakan k join mutu.temuan t on t.id = k.temuan_id where k.selesai_pada is null group by t.opd_id""")
			.param("hari", Date.valueOf(hariIni))
			.query(rs -> {
				hasil.put(rs.getLong("opd_id"), new long[] { rs.getLong("terbuka"), rs.getLong("terlambat") });
			});
		return hasil;
	}

	List<Tinjauan> tinjauan(long opdId) {
		return jdbc.sql("select * from mutu.tinjauan where opd_id = :opd order by tanggal desc").param("opd", opdId)
			.query((rs, n) -> new Tinjauan(rs.getLong("id"), rs.getLong("opd_id"), rs.getDate("tanggal").toLocalDate(), rs.getString("masukan"),
					rs.getString("keluaran"), rs.getObject("notulen", UUID.class)))
			.list();
	}

	Optional<Tinjauan> cariTinjauan(long id) {
		return jdbc.sql("select * from mutu.tinjauan where id = :id").param("id", id)
			.query((rs, n) -> new Tinjauan(rs.getLong("id"), rs.getLong("opd_id"), rs.getDate("tanggal").toLocalDate(), rs.getString("masukan"),
					rs.getString("keluaran"), rs.getObject("notulen", UUID.class)))
			.optional();
	}

	long tambahTinjauan(Tinjauan t, Instant pada) {
		return jdbc.sql("""
				insert into mutu.tinjauan (opd_id, tanggal, masukan, keluaran, notulen, dicatat_pada)
				values (:opd, :tanggal, :masukan, :keluaran, :notulen, :pada) returning id""")
			.param("opd", t.opdId()).param("tanggal", Date.valueOf(t.tanggal())).param("masukan", t.masukan()).param("keluaran", t.keluaran())
			.param("notulen", t.notulen()).param("pada", Timestamp.from(pada))
			.query(Long.class).single();
	}

	List<Indikator18091> indikator18091() {
		return jdbc.sql("select * from mutu.indikator_18091 order by kuadran, urutan")
			.query((rs, n) -> new Indikator18091(rs.getString("kode"), rs.getInt("kuadran"), rs.getInt("urutan"), rs.getString("nama")))
			.list();
	}

	Map<String, Diagnosis> diagnosis(long opdId, int tahun) {
		Map<String, Diagnosis> hasil = new HashMap<>();
		jdbc.sql("select * from mutu.diagnosis where opd_id = :opd and tahun = :tahun").param("opd", opdId).param("tahun", tahun)
			.query(rs -> {
				hasil.put(rs.getString("kode"), new Diagnosis(rs.getString("kode"), Warna.valueOf(rs.getString("warna")), rs.getString("catatan")));
			});
		return hasil;
	}

	void simpanDiagnosis(long opdId, int tahun, Diagnosis d, Instant pada) {
		jdbc.sql("""
				insert into mutu.diagnosis (opd_id, tahun, kode, warna, catatan, diubah_pada) values (:opd, :tahun, :kode, :warna, :catatan, :pada)
				on conflict (opd_id, tahun, kode) do update set warna = excluded.warna, catatan = excluded.catatan, diubah_pada = excluded.diubah_pada""")
			.param("opd", opdId).param("tahun", tahun).param("kode", d.kode()).param("warna", d.warna().name()).param("catatan", d.catatan())
			.param("pada", Timestamp.from(pada))
			.update();
	}
}
