package id.kotacerdas.permohonan.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.permohonan.PenyelesaianPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.permohonan.Tindakan;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Stores flows and the application aggregate: its row and its new history entries, guarded by its version. */
@Repository
class PermohonanRepository {

	private final JdbcClient jdbc;

	PermohonanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- flows ---

	Optional<Alur> alur(String kode) {
		return jdbc.sql("select * from permohonan.alur where kode = :kode").param("kode", kode).query(this::bacaAlur).optional();
	}

	private Alur alur(long id) {
		return jdbc.sql("select * from permohonan.alur where id = :id").param("id", id).query(this::bacaAlur).single();
	}

	long tambahAlur(String kode, String nama, String konsumenModul, String konsumenRef, int batas) {
		return jdbc.sql("""
				insert into permohonan.alur (kode, nama, konsumen_modul, konsumen_ref, batas_hari_kerja)
				values (:kode, :nama, :modul, :ref, :batas) returning id""")
			.param("kode", kode).param("nama", nama).param("modul", konsumenModul).param("ref", konsumenRef).param("batas", batas)
			.query(Long.class).single();
	}

	void gantiAlur(long id, String nama, String konsumenModul, String konsumenRef, int batas, List<TahapBaru> tahap) {
		jdbc.sql("update permohonan.alur set nama = :nama, konsumen_modul = :modul, konsumen_ref = :ref, batas_hari_kerja = :batas where id = :id")
			.param("nama", nama).param("modul", konsumenModul).param("ref", konsumenRef).param("batas", batas).param("id", id)
			.update();
		jdbc.sql("delete from permohonan.tahap where alur_id = :id").param("id", id).update();
		int urutan = 1;
		for (TahapBaru t : tahap) {
			jdbc.sql("""
					insert into permohonan.tahap (alur_id, urutan, nama, opd_id, unit, peran, batas_hari_kerja, persyaratan)
					values (:alur, :urutan, :nama, :opd, :unit, :peran, :batas, :syarat::text[])""")
				.param("alur", id).param("urutan", urutan++).param("nama", t.nama()).param("opd", t.opdId()).param("unit", t.unit())
				.param("peran", t.peran() == null ? null : t.peran().name()).param("batas", t.batasHariKerja())
				.param("syarat", t.persyaratan().toArray(String[]::new))
				.update();
		}
	}

	/** Whether any application was filed in the flow: then its steps may no longer change. */
	boolean alurDipakai(long id) {
		return jdbc.sql("select exists (select 1 from permohonan.permohonan where alur_id = :id)").param("id", id).query(Boolean.class).single();
	}

	private Alur bacaAlur(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Alur.Tahap> tahap = jdbc.sql("select * from permohonan.tahap where alur_id = :id order by urutan")
			.param("id", id)
			.query((t, i) -> new Alur.Tahap(t.getInt("urutan"), t.getString("nama"), t.getLong("opd_id"), t.getString("unit"),
					t.getString("peran") == null ? null : Peran.valueOf(t.getString("peran")), t.getInt("batas_hari_kerja"),
					teks(t.getArray("persyaratan"))))
			.list();
		return new Alur(id, rs.getString("kode"), rs.getString("nama"), rs.getString("konsumen_modul"), rs.getString("konsumen_ref"),
				rs.getInt("batas_hari_kerja"), tahap);
	}

	// --- applications ---

	/** Inserts a new application unless its code is taken (then empty: draw another code). */
	Optional<Long> tambah(Permohonan p, Locale bahasa) {
		Permohonan.Isi i = p.isi();
		Permohonan.Keadaan k = p.keadaan();
		Optional<Long> id = jdbc.sql("""
				insert into permohonan.permohonan (kode, alur_id, konsumen_ref, perihal, nik, nama, email, telepon, bahasa, token_hash,
				  status, tahap_ke, diajukan_pada, mulai_hitung, tenggat_tahap, diperbarui_pada)
				values (:kode, :alur, :ref, :perihal, :nik, :nama, :email, :telepon, :bahasa, :token,
				  :status, :tahap, :diajukan, :mulai, :tenggat, :diperbarui)
				on conflict (kode) do nothing returning id""")
			.param("kode", i.kode()).param("alur", p.alur().id()).param("ref", i.konsumenRef()).param("perihal", i.perihal())
			.param("nik", i.nik().nilai()).param("nama", i.nama()).param("email", i.email()).param("telepon", i.telepon())
			.param("bahasa", bahasa == null ? null : bahasa.toLanguageTag()).param("token", i.tokenHash())
			.param("status", k.status.name()).param("tahap", k.tahapKe).param("diajukan", ts(i.diajukanPada()))
			.param("mulai", ts(k.mulaiHitung)).param("tenggat", ts(k.tenggatTahap)).param("diperbarui", ts(k.diperbaruiPada))
			.query(Long.class).optional();
		id.ifPresent(baru -> riwayatBaru(baru, p));
		return id;
	}

	Optional<Permohonan> cari(String kode) {
		return jdbc.sql("select * from permohonan.permohonan where kode = :kode").param("kode", kode).query(this::baca).optional();
	}

	Optional<Locale> bahasa(long id) {
		return jdbc.sql("select bahasa from permohonan.permohonan where id = :id and bahasa is not null").param("id", id)
			.query(String.class).optional().map(Locale::forLanguageTag);
	}

	/** Writes the changed state and its new history entries; 409 when someone else changed it since it was read. */
	void simpan(Permohonan p) {
		Permohonan.Keadaan k = p.keadaan();
		int baris = jdbc.sql("""
				update permohonan.permohonan set status = :status, tahap_ke = :tahap, mulai_hitung = :mulai,
				  hari_tahap_terpakai = :hariTahap, hari_total_terpakai = :hariTotal, tenggat_tahap = :tenggat,
				  kekurangan = :kekurangan::text[], alasan = :alasan, eskalasi_tahap = :eskalasi, selesai_pada = :selesai,
				  diperbarui_pada = :diperbarui, versi = versi + 1
				where id = :id and versi = :versi""")
			.param("status", k.status.name()).param("tahap", k.tahapKe).param("mulai", ts(k.mulaiHitung))
			.param("hariTahap", k.hariTahapTerpakai).param("hariTotal", k.hariTotalTerpakai).param("tenggat", ts(k.tenggatTahap))
			.param("kekurangan", k.kekurangan.toArray(String[]::new)).param("alasan", k.alasan).param("eskalasi", k.eskalasiTahap)
			.param("selesai", ts(k.selesaiPada)).param("diperbarui", ts(k.diperbaruiPada))
			.param("id", p.id()).param("versi", k.versi)
			.update();
		if (baris != 1) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "permohonan.diubah-bersamaan", p.kode());
		}
		k.versi++;
		riwayatBaru(p.id(), p);
	}

	private void riwayatBaru(long id, Permohonan p) {
		for (Permohonan.Riwayat r : p.riwayatBaru()) {
			jdbc.sql("""
					insert into permohonan.riwayat (permohonan_id, aksi, tahap_ke, status, teks, kekurangan, staf_id, nama_pelaku, waktu)
					values (:id, :aksi, :tahap, :status, :teks, :kekurangan::text[], :staf, :nama, :waktu)""")
				.param("id", id).param("aksi", r.tindakan().name()).param("tahap", r.tahapKe()).param("status", r.status().name())
				.param("teks", r.teks()).param("kekurangan", r.kekurangan().toArray(String[]::new))
				.param("staf", r.pelaku().stafId()).param("nama", r.pelaku().nama()).param("waktu", ts(r.waktu()))
				.update();
		}
		p.riwayatTersimpan();
	}

	/** The whole history, oldest first. */
	List<Permohonan.Riwayat> riwayat(long id) {
		return jdbc.sql("select * from permohonan.riwayat where permohonan_id = :id order by id").param("id", id)
			.query((rs, n) -> new Permohonan.Riwayat(Tindakan.valueOf(rs.getString("aksi")), rs.getInt("tahap_ke"),
					StatusPermohonan.valueOf(rs.getString("status")), rs.getString("teks"), teks(rs.getArray("kekurangan")),
					new Permohonan.Pelaku(rs.getObject("staf_id", Long.class), rs.getString("nama_pelaku")), waktu(rs, "waktu")))
			.list();
	}

	/** Open applications whose current step's deadline passed and was not escalated yet, locked for this run. */
	List<String> lewatTenggatBelumEskalasi(Instant sekarang, int batas) {
		return jdbc.sql("""
				select kode from permohonan.permohonan
				where status = 'DIPROSES' and tenggat_tahap < :sekarang and eskalasi_tahap < tahap_ke
				order by tenggat_tahap limit :batas for update skip locked""")
			.param("sekarang", ts(sekarang)).param("batas", batas)
			.query(String.class).list();
	}

	/** A new private token (the old link stops working): a lost link sent again. */
	void gantiToken(long id, String tokenHash) {
		jdbc.sql("update permohonan.permohonan set token_hash = :token where id = :id").param("token", tokenHash).param("id", id).update();
	}

	// --- completed applications, for compliance reports ---

	private static final String SELESAI = """
			from permohonan.permohonan p
			join permohonan.alur a on a.id = p.alur_id
			join permohonan.tahap t on t.alur_id = p.alur_id and t.urutan = p.tahap_ke
			where p.status = 'SELESAI'""";

	private static final String KOLOM_SELESAI = "select p.kode, a.kode as alur_kode, a.nama as alur_nama, t.opd_id, t.unit,"
			+ " p.hari_total_terpakai, a.batas_hari_kerja, p.selesai_pada ";

	Optional<PenyelesaianPermohonan.Penyelesaian> penyelesaian(String kode) {
		return jdbc.sql(KOLOM_SELESAI + SELESAI + " and p.kode = :kode").param("kode", kode).query(this::bacaSelesai).optional();
	}

	List<PenyelesaianPermohonan.Penyelesaian> daftarSelesai(Instant dari, Instant sampai, int batas) {
		return jdbc.sql(KOLOM_SELESAI + SELESAI + " and p.selesai_pada >= :dari and p.selesai_pada < :sampai order by p.selesai_pada desc limit :batas")
			.param("dari", ts(dari)).param("sampai", ts(sampai)).param("batas", batas)
			.query(this::bacaSelesai).list();
	}

	private PenyelesaianPermohonan.Penyelesaian bacaSelesai(ResultSet rs, int n) throws SQLException {
		return new PenyelesaianPermohonan.Penyelesaian(rs.getString("kode"), rs.getString("alur_kode"), rs.getString("alur_nama"),
				rs.getLong("opd_id"), rs.getString("unit"), rs.getInt("hari_total_terpakai"), rs.getInt("batas_hari_kerja"),
				waktu(rs, "selesai_pada"));
	}

	List<PenyelesaianPermohonan.Rekap> rekap(Instant dari, Instant sampai) {
		return jdbc.sql("select a.kode as alur_kode, a.nama as alur_nama, t.opd_id, t.unit, a.batas_hari_kerja, count(*) as selesai,"
				+ " count(*) filter (where p.hari_total_terpakai <= a.batas_hari_kerja) as tepat,"
				+ " percentile_cont(0.5) within group (order by p.hari_total_terpakai) as median " + SELESAI
				+ " and p.selesai_pada >= :dari and p.selesai_pada < :sampai"
				+ " group by a.kode, a.nama, t.opd_id, t.unit, a.batas_hari_kerja order by a.nama, t.unit nulls first")
			.param("dari", ts(dari)).param("sampai", ts(sampai))
			.query((rs, n) -> new PenyelesaianPermohonan.Rekap(rs.getString("alur_kode"), rs.getString("alur_nama"), rs.getLong("opd_id"),
					rs.getString("unit"), rs.getInt("batas_hari_kerja"), rs.getLong("selesai"), rs.getLong("tepat"),
					rs.getBigDecimal("median").stripTrailingZeros()))
			.list();
	}

	/** The flows a counter operator may file in, by name. */
	List<Alur> semuaAlur() {
		return jdbc.sql("select * from permohonan.alur order by nama, kode").query(this::bacaAlur).list();
	}

	// --- the worklist ---

	/** One waiting application in a worklist. */
	record BarisKerja(String kode, String perihal, String alurNama, int tahapKe, int jumlahTahap, String tahapNama, long opdId, String unit,
			Instant diajukanPada, Instant tenggatTahap) {
	}

	/**
	 * Applications waiting in steps owned by agency {@code opdId} (null: every agency), optionally by one
	 * unit, acted on by role {@code peran} (null: any role), earliest deadline first.
	 */
	List<BarisKerja> kerja(Long opdId, String unit, Peran peran, int batas) {
		return jdbc.sql("""
				select p.kode, p.perihal, a.nama as alur_nama, p.tahap_ke,
				  (select count(*) from permohonan.tahap x where x.alur_id = a.id) as jumlah_tahap,
				  t.nama as tahap_nama, t.opd_id, t.unit, p.diajukan_pada, p.tenggat_tahap
				from permohonan.permohonan p
				join permohonan.alur a on a.id = p.alur_id
				join permohonan.tahap t on t.alur_id = p.alur_id and t.urutan = p.tahap_ke
				where p.status = 'DIPROSES'
				  and (cast(:opd as bigint) is null or t.opd_id = :opd)
				  and (cast(:unit as text) is null or t.unit = :unit)
				  and (cast(:peran as text) is null or t.peran is null or t.peran = :peran)
				order by p.tenggat_tahap, p.id
				limit :batas""")
			.param("opd", opdId).param("unit", unit).param("peran", peran == null ? null : peran.name()).param("batas", batas)
			.query((rs, n) -> new BarisKerja(rs.getString("kode"), rs.getString("perihal"), rs.getString("alur_nama"), rs.getInt("tahap_ke"),
					rs.getInt("jumlah_tahap"), rs.getString("tahap_nama"), rs.getLong("opd_id"), rs.getString("unit"),
					waktu(rs, "diajukan_pada"), waktu(rs, "tenggat_tahap")))
			.list();
	}

	/** How many wait in the worklist, and how many of them are overdue. */
	record JumlahKerja(long menunggu, long terlambat) {
	}

	JumlahKerja hitungKerja(Long opdId, Peran peran, Instant sekarang) {
		return jdbc.sql("""
				select count(*), count(*) filter (where p.tenggat_tahap < :sekarang)
				from permohonan.permohonan p
				join permohonan.tahap t on t.alur_id = p.alur_id and t.urutan = p.tahap_ke
				where p.status = 'DIPROSES'
				  and (cast(:opd as bigint) is null or t.opd_id = :opd)
				  and (cast(:peran as text) is null or t.peran is null or t.peran = :peran)""")
			.param("opd", opdId).param("peran", peran == null ? null : peran.name()).param("sekarang", ts(sekarang))
			.query((rs, n) -> new JumlahKerja(rs.getLong(1), rs.getLong(2))).single();
	}

	/** The units named by steps of agency {@code opdId} (null: every agency), for the worklist's unit filter. */
	List<String> unit(Long opdId) {
		return jdbc.sql("""
				select distinct unit from permohonan.tahap
				where unit is not null and (cast(:opd as bigint) is null or opd_id = :opd) order by unit""")
			.param("opd", opdId).query(String.class).list();
	}

	// --- mapping ---

	private Permohonan baca(ResultSet rs, int n) throws SQLException {
		Permohonan.Isi isi = new Permohonan.Isi(rs.getString("kode"), rs.getString("konsumen_ref"), rs.getString("perihal"),
				new Nik(rs.getString("nik")), rs.getString("nama"), rs.getString("email"), rs.getString("telepon"), rs.getString("token_hash"),
				waktu(rs, "diajukan_pada"));
		Permohonan.Keadaan k = new Permohonan.Keadaan();
		k.status = StatusPermohonan.valueOf(rs.getString("status"));
		k.tahapKe = rs.getInt("tahap_ke");
		k.mulaiHitung = waktu(rs, "mulai_hitung");
		k.hariTahapTerpakai = rs.getInt("hari_tahap_terpakai");
		k.hariTotalTerpakai = rs.getInt("hari_total_terpakai");
		k.tenggatTahap = waktu(rs, "tenggat_tahap");
		k.kekurangan = teks(rs.getArray("kekurangan"));
		k.alasan = rs.getString("alasan");
		k.eskalasiTahap = rs.getInt("eskalasi_tahap");
		k.selesaiPada = waktu(rs, "selesai_pada");
		k.diperbaruiPada = waktu(rs, "diperbarui_pada");
		k.versi = rs.getInt("versi");
		return new Permohonan(rs.getLong("id"), alur(rs.getLong("alur_id")), isi, k);
	}

	private static List<String> teks(Array larik) throws SQLException {
		return larik == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) larik.getArray()));
	}

	private static Timestamp ts(Instant waktu) {
		return waktu == null ? null : Timestamp.from(waktu);
	}

	private static Instant waktu(ResultSet rs, String kolom) throws SQLException {
		Timestamp t = rs.getTimestamp(kolom);
		return t == null ? null : t.toInstant();
	}
}
