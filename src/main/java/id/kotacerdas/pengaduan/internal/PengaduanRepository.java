package id.kotacerdas.pengaduan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.pengaduan.PengaduanAset;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Stores the report aggregate: its row, its new history entries, its photos. */
@Repository
class PengaduanRepository {

	private final JdbcClient jdbc;

	PengaduanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A tracking-number counter value and the configuration version, in one round trip. */
	record Urut(long urut, long versiKonfigurasi) {
	}

	/**
	 * {@code n} counter values for a batch of filings, in one round trip. The sequence never waits for other
	 * filings' transactions and hands each connection a cached block (gaps after a rollback or a restart are fine:
	 * see docs/pengaduan.md, "Intake path").
	 */
	List<Urut> urutBerikut(int n) {
		return jdbc.sql("""
				select nextval('pengaduan.nomor_seq'), (select versi from pengaduan.versi_konfigurasi)
				from generate_series(1, :n)""")
			.param("n", n)
			.query((rs, i) -> new Urut(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/**
	 * Inserts new reports, each with its first history entry, in one statement (one round trip for a whole
	 * group commit): the values travel as one array per column. Returns them with their ids, in order.
	 */
	List<Pengaduan> tambah(List<Pengaduan> baru) {
		int n = baru.size();
		String[][] kolom = new String[KOLOM_BARU][n];
		for (int j = 0; j < n; j++) {
			Pengaduan p = baru.get(j);
			Pengaduan.Isi i = p.isi();
			Pengaduan.Keadaan k = p.keadaan();
			if (p.riwayatBaru().size() != 1) {
				throw new IllegalStateException("a new report starts with exactly one history entry");
			}
			Pengaduan.Riwayat r = p.riwayatBaru().get(0);
			String[] nilai = { i.nomor(), i.kategoriKode(), i.deskripsi(), i.atributJson(), teks(i.lat()), teks(i.lon()), i.alamat(),
					i.kelurahanKode(), i.kecamatanKode(), teks(k.opdId), teks(k.timId), k.status.name(), teks(i.anonim()),
					teks(i.rahasia()), i.nama(), i.telepon(), i.email(), i.tokenHash(), i.saluran(), teks(i.diterimaPada()),
					teks(i.tenggatRespons()), teks(i.tenggatSelesai()), i.asetJenis(), i.asetId(), teks(r.waktu()), r.jenis().name(),
					r.dari() == null ? null : r.dari().name(), r.ke() == null ? null : r.ke().name(), r.teks() == null ? "" : r.teks(),
					teks(r.publik()), teks(r.pelaku().stafId()), r.pelaku().nama() };
			for (int c = 0; c < KOLOM_BARU; c++) {
				kolom[c][j] = nilai[c];
			}
		}
		var sql = jdbc.sql("""
				with masuk as (
				  select * from unnest(:c0::text[], :c1::text[], :c2::text[], :c3::text[], :c4::text[], :c5::text[], :c6::text[],
				    :c7::text[], :c8::text[], :c9::text[], :c10::text[], :c11::text[], :c12::text[], :c13::text[], :c14::text[],
				    :c15::text[], :c16::text[], :c17::text[], :c18::text[], :c19::text[], :c20::text[], :c21::text[], :c22::text[],
				    :c23::text[], :c24::text[], :c25::text[], :c26::text[], :c27::text[], :c28::text[], :c29::text[], :c30::text[],
				    :c31::text[])
				    with ordinality as m(nomor, kategori, deskripsi, atribut, lat, lon, alamat, kelurahan, kecamatan, opd, tim, status,
				      anonim, rahasia, nama, telepon, email, token, saluran, diterima, tenggat_respons, tenggat_selesai, aset_jenis,
				      aset_id, r_waktu, r_jenis, r_dari, r_ke, r_teks, r_publik, r_staf, r_nama, urutan)),
				baru as (
				  insert into pengaduan.pengaduan (nomor, kategori_kode, deskripsi, atribut, lat, lon, alamat, kelurahan_kode,
				    kecamatan_kode, opd_id, tim_id, status, anonim, rahasia, nama_pelapor, telepon_pelapor, email_pelapor,
				    token_hash, saluran, diterima_pada, diperbarui_pada, tenggat_respons, tenggat_selesai, aset_jenis, aset_id)
				  select nomor, kategori, deskripsi, atribut::jsonb, lat::float8, lon::float8, alamat, kelurahan, kecamatan, opd::bigint,
				    tim::bigint, status, anonim::boolean, rahasia::boolean, nama, telepon, email, token, saluran, diterima::timestamptz,
				    diterima::timestamptz, tenggat_respons::timestamptz, tenggat_selesai::timestamptz, aset_jenis, aset_id
				  from masuk order by urutan
				  returning id, nomor),
				r as (
				  insert into pengaduan.riwayat (pengaduan_id, waktu, jenis, dari_status, ke_status, teks, publik, staf_id, nama_staf)
				  select b.id, m.r_waktu::timestamptz, m.r_jenis, m.r_dari, m.r_ke, m.r_teks, m.r_publik::boolean, m.r_staf::bigint, m.r_nama
				  from baru b join masuk m on m.nomor = b.nomor)
				select id, nomor from baru""");
		for (int c = 0; c < KOLOM_BARU; c++) {
			sql = sql.param("c" + c, kolom[c]);
		}
		Map<String, Long> id = new HashMap<>();
		sql.query((rs, x) -> id.put(rs.getString(2), rs.getLong(1))).list();
		return baru.stream().map(p -> new Pengaduan(id.get(p.nomor()), p.isi(), p.keadaan())).toList();
	}

	/** The columns {@link #tambah(List)} sends: the report's and its first history entry's. */
	private static final int KOLOM_BARU = 32;

	/** A value as PostgreSQL reads it back from text (instants in ISO 8601 UTC). */
	private static String teks(Object nilai) {
		return nilai == null ? null : nilai.toString();
	}

	/** A filing made earlier with the same idempotency key. */
	record Terdahulu(String nomor, byte[] garam, Instant tenggatSelesai) {
	}

	/** Ties a new report to its idempotency key; a second report with the same key breaks the unique constraint. */
	void tandaiIdempotensi(long id, String kunciHash, byte[] garam) {
		jdbc.sql("update pengaduan.pengaduan set idempotensi_hash = :hash, idempotensi_garam = :garam where id = :id")
			.param("hash", kunciHash).param("garam", garam).param("id", id).update();
	}

	Optional<Terdahulu> cariIdempotensi(String kunciHash) {
		return jdbc.sql("select nomor, idempotensi_garam, tenggat_selesai from pengaduan.pengaduan where idempotensi_hash = :hash")
			.param("hash", kunciHash)
			.query((rs, n) -> new Terdahulu(rs.getString(1), rs.getBytes(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/** Writes the changed state and returns the ids of the new history entries, in order. */
	List<Long> simpan(Pengaduan p) {
		Pengaduan.Keadaan k = p.keadaan();
		int baris = jdbc.sql("""
				update pengaduan.pengaduan set status = :status, opd_id = :opd, tim_id = :tim, diperbarui_pada = :diperbarui,
				  direspons_pada = :direspons, selesai_pada = :selesai, ditutup_pada = :ditutup, dikonfirmasi = :dikonfirmasi,
				  kali_dibuka_kembali = :dibukaKembali, penilaian = :penilaian, terlambat = :terlambat,
				  tingkat_eskalasi = :eskalasi, eskalasi_respons = :eskalasiRespons, duplikat_dari = :duplikat, jumlah_dukungan = :dukungan, versi = versi + 1
				where id = :id and versi = :versi""")
			.param("status", k.status.name()).param("opd", k.opdId).param("tim", k.timId)
			.param("diperbarui", ts(k.diperbaruiPada)).param("direspons", ts(k.diresponsPada))
			.param("selesai", ts(k.selesaiPada)).param("ditutup", ts(k.ditutupPada)).param("dikonfirmasi", k.dikonfirmasi)
			.param("dibukaKembali", k.kaliDibukaKembali).param("penilaian", k.penilaian).param("terlambat", k.terlambat)
			.param("eskalasi", k.tingkatEskalasi).param("eskalasiRespons", k.eskalasiRespons).param("duplikat", k.duplikatDari).param("dukungan", k.jumlahDukungan)
			.param("id", p.id()).param("versi", k.versi)
			.update();
		if (baris != 1) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "pengaduan.diubah-bersamaan");
		}
		k.versi++;
		List<Long> id = new ArrayList<>();
		for (Pengaduan.Riwayat r : p.riwayatBaru()) {
			id.add(tambahRiwayat(p.id(), r));
		}
		p.riwayatTersimpan();
		return id;
	}

	private long tambahRiwayat(long pengaduanId, Pengaduan.Riwayat r) {
		return jdbc.sql("""
				insert into pengaduan.riwayat (pengaduan_id, waktu, jenis, dari_status, ke_status, teks, publik, staf_id, nama_staf)
				values (:p, :waktu, :jenis, :dari, :ke, :teks, :publik, :staf, :nama) returning id""")
			.param("p", pengaduanId).param("waktu", ts(r.waktu())).param("jenis", r.jenis().name())
			.param("dari", r.dari() == null ? null : r.dari().name()).param("ke", r.ke() == null ? null : r.ke().name())
			.param("teks", r.teks() == null ? "" : r.teks()).param("publik", r.publik())
			.param("staf", r.pelaku().stafId()).param("nama", r.pelaku().nama())
			.query(Long.class)
			.single();
	}

	Optional<Pengaduan> cari(String nomor) {
		return jdbc.sql("select * from pengaduan.pengaduan where nomor = :nomor").param("nomor", nomor)
			.query(PengaduanRepository::baca).optional();
	}

	/** Reports by number, in one query (those that exist). */
	Map<String, Pengaduan> cariSemua(List<String> nomor) {
		Map<String, Pengaduan> hasil = new HashMap<>();
		if (!nomor.isEmpty()) {
			jdbc.sql("select * from pengaduan.pengaduan where nomor = any(:nomor)").param("nomor", nomor.toArray(String[]::new))
				.query(PengaduanRepository::baca).list().forEach(p -> hasil.put(p.nomor(), p));
		}
		return hasil;
	}

	/** The public complaints about one asset, newest first (the partial index {@code pengaduan_aset_idx}). */
	List<PengaduanAset> untukAset(String asetJenis, String asetId, int batas) {
		return jdbc.sql("""
				select nomor, kategori_kode, status, diterima_pada, selesai_pada from pengaduan.pengaduan
				where aset_jenis = :jenis and aset_id = :id and not rahasia order by diterima_pada desc limit :batas""")
			.param("jenis", asetJenis).param("id", asetId).param("batas", batas)
			.query((rs, n) -> new PengaduanAset(rs.getString(1), rs.getString(2), StatusPengaduan.valueOf(rs.getString(3)),
					waktu(rs, "diterima_pada"), waktu(rs, "selesai_pada")))
			.list();
	}

	/** A new follow-up link replaces the old one, which stops working. */
	void gantiToken(long id, String tokenHash) {
		jdbc.sql("update pengaduan.pengaduan set token_hash = :token where id = :id").param("token", tokenHash).param("id", id).update();
	}

	/** The language the reporter filed in, for later messages; Indonesian is not recorded (null). */
	void catatBahasaPelapor(long id, java.util.Locale bahasa) {
		jdbc.sql("update pengaduan.pengaduan set bahasa_pelapor = :bahasa where id = :id").param("bahasa", bahasa.toLanguageTag())
			.param("id", id).update();
	}

	Optional<java.util.Locale> bahasaPelapor(long id) {
		return jdbc.sql("select bahasa_pelapor from pengaduan.pengaduan where id = :id and bahasa_pelapor is not null").param("id", id)
			.query(String.class).optional().map(java.util.Locale::forLanguageTag);
	}

	/** The latest public staff reply (the Open311 {@code status_notes}), as the public view reads it. */
	Optional<String> balasanPublikTerakhir(long id) {
		return jdbc.sql("""
				select r.teks from pengaduan.riwayat r where r.pengaduan_id = :id and r.publik and r.staf_id is not null
				  and r.teks <> '' order by r.id desc limit 1
				""").param("id", id).query(String.class).optional();
	}

	Optional<Pengaduan> cariToken(String tokenHash) {
		return jdbc.sql("select * from pengaduan.pengaduan where token_hash = :token").param("token", tokenHash)
			.query(PengaduanRepository::baca).optional();
	}

	/**
	 * Reports whose resolution deadline (or, with {@code respons}, first-response deadline while
	 * nobody has responded) has passed and whose escalation on that track is below {@code tingkat};
	 * locked rows are left to the other instance.
	 */
	List<String> lewatTenggat(boolean respons, Instant batas, int tingkat, int maks) {
		String syarat = respons ? "direspons_pada is null and tenggat_respons < :batas and eskalasi_respons < :tingkat"
				: "tenggat_selesai < :batas and tingkat_eskalasi < :tingkat";
		return jdbc.sql("select nomor from pengaduan.pengaduan where status not in ('SELESAI','DITUTUP','DITOLAK') and " + syarat
				+ " order by " + (respons ? "tenggat_respons" : "tenggat_selesai") + " limit :maks for update skip locked")
			.param("batas", ts(batas)).param("tingkat", tingkat).param("maks", maks)
			.query(String.class).list();
	}

	List<String> selesaiTanpaKonfirmasi(Instant sebelum, int maks) {
		return jdbc.sql("""
				select nomor from pengaduan.pengaduan where status = 'SELESAI' and selesai_pada < :sebelum
				order by selesai_pada limit :maks for update skip locked""")
			.param("sebelum", ts(sebelum)).param("maks", maks)
			.query(String.class).list();
	}

	void simpanFoto(long pengaduanId, Long riwayatId, boolean bukti, UUID berkasId, Instant waktu) {
		jdbc.sql("""
				insert into pengaduan.foto (pengaduan_id, riwayat_id, bukti, berkas_id, dibuat)
				values (:p, :r, :bukti, :berkas, :waktu)""")
			.param("p", pengaduanId).param("r", riwayatId).param("bukti", bukti).param("berkas", berkasId)
			.param("waktu", ts(waktu))
			.update();
	}

	/**
	 * A photo of the report: its berkas, or (filed before photos moved into the file store and not
	 * moved yet) its bytes, the thumbnail's if asked.
	 */
	record Foto(UUID berkasId, byte[] lama) {
	}

	Optional<Foto> foto(long pengaduanId, long fotoId, boolean thumbnail) {
		return jdbc.sql("select berkas_id, " + (thumbnail ? "thumbnail" : "gambar") + " from pengaduan.foto where id = :id and pengaduan_id = :p")
			.param("id", fotoId).param("p", pengaduanId)
			.query((rs, n) -> new Foto(rs.getObject(1, UUID.class), rs.getBytes(2))).optional();
	}

	/** A photo still held in the table's own columns, to be moved into the file store. */
	record FotoLama(long id, byte[] gambar, byte[] thumbnail, int lebar, int tinggi, Instant dibuat) {
	}

	List<FotoLama> fotoLama(int maks) {
		return jdbc.sql("select id, gambar, thumbnail, lebar, tinggi, dibuat from pengaduan.foto where berkas_id is null order by id limit :maks")
			.param("maks", maks)
			.query((rs, n) -> new FotoLama(rs.getLong("id"), rs.getBytes("gambar"), rs.getBytes("thumbnail"), rs.getInt("lebar"),
					rs.getInt("tinggi"), waktu(rs, "dibuat")))
			.list();
	}

	/** Points a photo at its moved copy and empties its columns; false when another instance moved it first. */
	boolean fotoDipindah(long fotoId, UUID berkasId) {
		return jdbc.sql("update pengaduan.foto set berkas_id = :berkas, gambar = null, thumbnail = null where id = :id and berkas_id is null")
			.param("berkas", berkasId).param("id", fotoId)
			.update() == 1;
	}

	static Timestamp ts(Instant waktu) {
		return waktu == null ? null : Timestamp.from(waktu);
	}

	private static Instant waktu(ResultSet rs, String kolom) throws SQLException {
		Timestamp t = rs.getTimestamp(kolom);
		return t == null ? null : t.toInstant();
	}

	private static Pengaduan baca(ResultSet rs, int baris) throws SQLException {
		Pengaduan.Isi isi = new Pengaduan.Isi(rs.getString("nomor"), rs.getString("kategori_kode"), rs.getString("deskripsi"),
				rs.getString("atribut"), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
				rs.getString("alamat"), rs.getString("kelurahan_kode"), rs.getString("kecamatan_kode"),
				rs.getBoolean("anonim"), rs.getBoolean("rahasia"), rs.getString("nama_pelapor"),
				rs.getString("telepon_pelapor"), rs.getString("email_pelapor"), rs.getString("token_hash"),
				rs.getString("saluran"), waktu(rs, "diterima_pada"), waktu(rs, "tenggat_respons"),
				waktu(rs, "tenggat_selesai"), rs.getString("aset_jenis"), rs.getString("aset_id"));
		Pengaduan.Keadaan k = new Pengaduan.Keadaan();
		k.status = StatusPengaduan.valueOf(rs.getString("status"));
		k.opdId = rs.getObject("opd_id", Long.class);
		k.timId = rs.getObject("tim_id", Long.class);
		k.diperbaruiPada = waktu(rs, "diperbarui_pada");
		k.diresponsPada = waktu(rs, "direspons_pada");
		k.selesaiPada = waktu(rs, "selesai_pada");
		k.ditutupPada = waktu(rs, "ditutup_pada");
		k.dikonfirmasi = rs.getBoolean("dikonfirmasi");
		k.kaliDibukaKembali = rs.getInt("kali_dibuka_kembali");
		k.penilaian = rs.getObject("penilaian", Integer.class);
		k.terlambat = rs.getBoolean("terlambat");
		k.tingkatEskalasi = rs.getInt("tingkat_eskalasi");
		k.eskalasiRespons = rs.getInt("eskalasi_respons");
		k.duplikatDari = rs.getString("duplikat_dari");
		k.jumlahDukungan = rs.getInt("jumlah_dukungan");
		k.versi = rs.getInt("versi");
		return new Pengaduan(rs.getLong("id"), isi, k);
	}
}
