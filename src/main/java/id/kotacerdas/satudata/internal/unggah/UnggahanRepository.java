package id.kotacerdas.satudata.internal.unggah;

import id.kotacerdas.satudata.TingkatWilayah;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.platform.ElemenKotaCerdas;

@Repository
class UnggahanRepository {

	private static final String KOLOM = """
			select id, kode, opd_id, judul, konsep, definisi, klasifikasi, satuan, kode_bps, kode_bappenas, tingkat_wilayah, frekuensi,
			       jadwal_rilis, lisensi, tema, kata_kunci, hitungan_orang, berkas_id, nama_berkas, kolom_nama, kolom_jenis, jumlah_baris,
			       status, alasan, tanggal_rilis, diajukan_oleh, diperiksa_oleh, versi, dibuat, diubah
			from satudata.unggahan
			""";

	private final JdbcClient jdbc;

	UnggahanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new upload; its code is the title's slug, made unique with the id where taken. */
	Unggahan tambah(Unggahan u) {
		Unggahan.Metadata m = u.metadata();
		long id = jdbc.sql("""
				insert into satudata.unggahan (kode, opd_id, judul, konsep, definisi, klasifikasi, satuan, kode_bps, kode_bappenas,
				    tingkat_wilayah, frekuensi, jadwal_rilis, lisensi, tema, kata_kunci, hitungan_orang, berkas_id, nama_berkas, kolom_nama,
				    kolom_jenis, jumlah_baris, status, diajukan_oleh, versi, dibuat, diubah)
				values ('sementara-' || gen_random_uuid(), :opd, :judul, :konsep, :definisi, :klasifikasi, :satuan, :bps, :bappenas, :tingkat,
				    :frekuensi, :jadwal, :lisensi, :tema, :kunci, :orang, :berkas, :namaBerkas, :kolomNama, :kolomJenis, :jumlah, :status,
				    :oleh, 0, :kini, :kini)
				returning id
				""")
			.param("opd", u.opdId()).param("judul", m.judul()).param("konsep", m.konsep()).param("definisi", m.definisi())
			.param("klasifikasi", m.klasifikasi()).param("satuan", m.satuan()).param("bps", m.kodeBps()).param("bappenas", m.kodeBappenas())
			.param("tingkat", m.tingkatWilayah().name()).param("frekuensi", m.frekuensi().name()).param("jadwal", m.jadwalRilis())
			.param("lisensi", m.lisensi()).param("tema", m.tema().name()).param("kunci", m.kataKunci().toArray(String[]::new))
			.param("orang", m.hitunganOrang()).param("berkas", u.berkasId()).param("namaBerkas", u.namaBerkas())
			.param("kolomNama", u.kolom().stream().map(Unggahan.Kolom::nama).toArray(String[]::new))
			.param("kolomJenis", u.kolom().stream().map(k -> k.jenis().name()).toArray(String[]::new)).param("jumlah", u.jumlahBaris())
			.param("status", u.status().name()).param("oleh", u.diajukanOleh()).param("kini", Timestamp.from(u.dibuat()))
			.query(Long.class).single();
		String kode = u.kode();
		boolean dipakai = jdbc.sql("select exists (select 1 from satudata.unggahan where kode = ?)").param(kode).query(Boolean.class).single();
		jdbc.sql("update satudata.unggahan set kode = ? where id = ?").param(dipakai ? kode + "-" + id : kode).param(id).update();
		return cari(id).orElseThrow();
	}

	/** Stores a review's outcome if nobody changed the upload since {@code versi}; false otherwise. */
	boolean simpanPeriksa(Unggahan u, int versiLama) {
		return jdbc.sql("""
				update satudata.unggahan set status = :status, alasan = :alasan, tanggal_rilis = :rilis, diperiksa_oleh = :oleh,
				    versi = :versi, diubah = :diubah
				where id = :id and versi = :versiLama
				""")
			.param("status", u.status().name()).param("alasan", u.alasan()).param("rilis", u.tanggalRilis()).param("oleh", u.diperiksaOleh())
			.param("versi", u.versi()).param("diubah", Timestamp.from(u.diubah())).param("id", u.id()).param("versiLama", versiLama)
			.update() == 1;
	}

	Optional<Unggahan> cari(long id) {
		return jdbc.sql(KOLOM + " where id = ?").param(id).query(UnggahanRepository::baris).optional();
	}

	Optional<Unggahan> cariKode(String kode) {
		return jdbc.sql(KOLOM + " where kode = ?").param(kode).query(UnggahanRepository::baris).optional();
	}

	/** Uploads of one agency (null: all), newest first. */
	List<Unggahan> daftar(Long opdId, int batas) {
		return jdbc.sql(KOLOM + " where (cast(:opd as bigint) is null or opd_id = cast(:opd as bigint)) order by dibuat desc, id desc limit :batas")
			.param("opd", opdId).param("batas", batas).query(UnggahanRepository::baris).list();
	}

	/** Published uploads whose release day has come. */
	List<Unggahan> terbit(LocalDate hariIni) {
		return jdbc.sql(KOLOM + " where status = 'TERBIT' and tanggal_rilis <= ? order by judul").param(hariIni)
			.query(UnggahanRepository::baris).list();
	}

	private static Unggahan baris(ResultSet rs, int n) throws SQLException {
		String[] nama = teks(rs.getArray("kolom_nama"));
		String[] jenis = teks(rs.getArray("kolom_jenis"));
		List<Unggahan.Kolom> kolom = new ArrayList<>();
		for (int i = 0; i < nama.length; i++) {
			kolom.add(new Unggahan.Kolom(nama[i], JenisKolom.valueOf(jenis[i])));
		}
		Unggahan.Metadata m = new Unggahan.Metadata(rs.getString("judul"), rs.getString("konsep"), rs.getString("definisi"),
				rs.getString("klasifikasi"), rs.getString("satuan"), rs.getString("kode_bps"), rs.getString("kode_bappenas"),
				TingkatWilayah.valueOf(rs.getString("tingkat_wilayah")), Frekuensi.valueOf(rs.getString("frekuensi")),
				rs.getString("jadwal_rilis"), rs.getString("lisensi"), ElemenKotaCerdas.valueOf(rs.getString("tema")),
				Arrays.asList(teks(rs.getArray("kata_kunci"))), rs.getBoolean("hitungan_orang"));
		return new Unggahan(rs.getLong("id"), rs.getString("kode"), rs.getLong("opd_id"), m, rs.getObject("berkas_id", UUID.class),
				rs.getString("nama_berkas"), kolom, rs.getInt("jumlah_baris"), Unggahan.Status.valueOf(rs.getString("status")),
				rs.getString("alasan"), rs.getObject("tanggal_rilis", LocalDate.class), rs.getString("diajukan_oleh"),
				rs.getString("diperiksa_oleh"), rs.getInt("versi"), rs.getTimestamp("dibuat").toInstant(), rs.getTimestamp("diubah").toInstant());
	}

	private static String[] teks(Array a) throws SQLException {
		return a == null ? new String[0] : (String[]) a.getArray();
	}

}
