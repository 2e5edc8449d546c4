package id.kotacerdas.satudata.internal.unggah;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.satudata.GrupData;
import id.kotacerdas.satudata.StatusDataset;
import id.kotacerdas.satudata.TingkatWilayah;

/** The sheets of uploaded datasets, read together with the catalogue's row that holds their metadata and state. */
@Repository
class UnggahanRepository {

	private static final String KOLOM = """
			select u.id, d.id dataset_id, d.nama, o.opd_id, d.judul, d.konsep, d.definisi, d.klasifikasi, d.satuan, d.kode_bps,
			       d.kode_bappenas, d.tingkat_wilayah, d.periode, d.jadwal_rilis, d.lisensi, d.grup, d.tag, u.hitungan_orang,
			       u.berkas_id, u.nama_berkas, u.kolom_nama, u.kolom_jenis, u.jumlah_baris, d.status, d.catatan_walidata,
			       d.tanggal_rilis, u.diajukan_oleh, (extract(epoch from d.diubah) * 1000000)::bigint versi, u.diajukan
			from satudata.unggahan u
			join satudata.dataset d on d.id = u.dataset_id
			join satudata.organisasi o on o.id = d.organisasi_id
			""";

	private final JdbcClient jdbc;

	UnggahanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the sheet of a dataset, replacing the one a corrected upload supersedes. */
	void simpan(UUID datasetId, boolean hitunganOrang, UUID berkasId, String namaBerkas, List<Unggahan.Kolom> kolom, int jumlahBaris,
			String oleh, Instant kini) {
		jdbc.sql("""
				insert into satudata.unggahan (dataset_id, hitungan_orang, berkas_id, nama_berkas, kolom_nama, kolom_jenis, jumlah_baris,
				    diajukan_oleh, diajukan)
				values (:dataset, :orang, :berkas, :namaBerkas, :kolomNama, :kolomJenis, :jumlah, :oleh, :kini)
				on conflict (dataset_id) do update set hitungan_orang = excluded.hitungan_orang, berkas_id = excluded.berkas_id,
				    nama_berkas = excluded.nama_berkas, kolom_nama = excluded.kolom_nama, kolom_jenis = excluded.kolom_jenis,
				    jumlah_baris = excluded.jumlah_baris, diajukan_oleh = excluded.diajukan_oleh, diajukan = excluded.diajukan
				""")
			.param("dataset", datasetId).param("orang", hitunganOrang).param("berkas", berkasId).param("namaBerkas", namaBerkas)
			.param("kolomNama", kolom.stream().map(Unggahan.Kolom::nama).toArray(String[]::new))
			.param("kolomJenis", kolom.stream().map(k -> k.jenis().name()).toArray(String[]::new)).param("jumlah", jumlahBaris)
			.param("oleh", oleh).param("kini", Timestamp.from(kini))
			.update();
	}

	/** Locks the catalogue's row of the upload for a walidata decision; its version as {@link Unggahan#versi()}. */
	Optional<Long> kunciVersi(String kode) {
		return jdbc.sql("""
				select (extract(epoch from d.diubah) * 1000000)::bigint from satudata.dataset d
				where d.nama = ? and exists (select 1 from satudata.unggahan u where u.dataset_id = d.id) for update
				""").param(kode).query(Long.class).optional();
	}

	boolean namaDipakai(String kode) {
		return jdbc.sql("select exists (select 1 from satudata.dataset where nama = ?)").param(kode).query(Boolean.class).single();
	}

	Optional<Unggahan> cariKode(String kode) {
		return jdbc.sql(KOLOM + " where d.nama = ?").param(kode).query(UnggahanRepository::baris).optional();
	}

	/** Uploads of one agency (null: all), newest first. */
	List<Unggahan> daftar(Long opdId, int batas) {
		return jdbc.sql(KOLOM + " where (cast(:opd as bigint) is null or o.opd_id = cast(:opd as bigint)) order by u.diajukan desc, u.id desc limit :batas")
			.param("opd", opdId).param("batas", batas).query(UnggahanRepository::baris).list();
	}

	private static Unggahan baris(ResultSet rs, int n) throws SQLException {
		String[] nama = teks(rs.getArray("kolom_nama"));
		String[] jenis = teks(rs.getArray("kolom_jenis"));
		List<Unggahan.Kolom> kolom = new ArrayList<>();
		for (int i = 0; i < nama.length; i++) {
			kolom.add(new Unggahan.Kolom(nama[i], JenisKolom.valueOf(jenis[i])));
		}
		String[] grup = teks(rs.getArray("grup"));
		ElemenKotaCerdas tema = grup.length == 0 ? null : GrupData.elemen(grup[0]).orElse(null);
		Unggahan.Metadata m = new Unggahan.Metadata(rs.getString("judul"), rs.getString("konsep"), rs.getString("definisi"),
				rs.getString("klasifikasi"), rs.getString("satuan"), rs.getString("kode_bps"), rs.getString("kode_bappenas"),
				TingkatWilayah.valueOf(rs.getString("tingkat_wilayah")), Frekuensi.valueOf(rs.getString("periode")),
				rs.getString("jadwal_rilis"), rs.getString("lisensi"), tema, Arrays.asList(teks(rs.getArray("tag"))),
				rs.getBoolean("hitungan_orang"));
		Timestamp rilis = rs.getTimestamp("tanggal_rilis");
		return new Unggahan(rs.getLong("id"), rs.getObject("dataset_id", UUID.class), rs.getString("nama"), rs.getLong("opd_id"), m,
				rs.getObject("berkas_id", UUID.class), rs.getString("nama_berkas"), kolom, rs.getInt("jumlah_baris"),
				StatusDataset.valueOf(rs.getString("status")), rs.getString("catatan_walidata"),
				rilis == null ? null : rilis.toInstant().atZone(Waktu.WITA).toLocalDate(), rs.getString("diajukan_oleh"), rs.getLong("versi"),
				rs.getTimestamp("diajukan").toInstant());
	}

	private static String[] teks(Array a) throws SQLException {
		return a == null ? new String[0] : (String[]) a.getArray();
	}
}
