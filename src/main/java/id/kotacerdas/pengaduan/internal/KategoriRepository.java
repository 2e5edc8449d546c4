package id.kotacerdas.pengaduan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.Pertanyaan;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class KategoriRepository {

	private static final TypeReference<List<Pertanyaan.Pilihan>> PILIHAN = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final DaftarOpd opd;

	private final ObjectMapper json;

	KategoriRepository(JdbcClient jdbc, DaftarOpd opd, ObjectMapper json) {
		this.jdbc = jdbc;
		this.opd = opd;
		this.json = json;
	}

	List<Kategori> semua(boolean termasukNonaktif) {
		hubungkanOpd();
		Map<String, List<Pertanyaan>> pertanyaan = new LinkedHashMap<>();
		jdbc.sql("select * from pengaduan.pertanyaan order by kategori_kode, urutan, kode").query(rs -> {
			pertanyaan.computeIfAbsent(rs.getString("kategori_kode"), x -> new ArrayList<>())
				.add(new Pertanyaan(rs.getString("kode"), rs.getString("teks"),
						Pertanyaan.JenisJawaban.valueOf(rs.getString("jenis")), rs.getBoolean("wajib"), rs.getInt("urutan"),
						json.readValue(rs.getString("pilihan"), PILIHAN)));
		});
		return jdbc.sql("select * from pengaduan.kategori where aktif or :semua order by urutan, nama")
			.param("semua", termasukNonaktif)
			.query((rs, i) -> {
				Long opdId = rs.getObject("opd_id", Long.class);
				String opdNama = opdId == null ? null : opd.cari(opdId).map(Opd::namaPendek).orElse(null);
				return new Kategori(rs.getString("kode"), rs.getString("nama"), rs.getString("keterangan"),
						rs.getString("kata_kunci"), opdId, opdNama, rs.getInt("sla_hari_kerja"),
						List.copyOf(pertanyaan.getOrDefault(rs.getString("kode"), List.of())), rs.getInt("urutan"),
						rs.getBoolean("aktif"));
			})
			.list();
	}

	Optional<Kategori> cari(String kode) {
		return semua(false).stream().filter(k -> k.kode().equals(kode)).findFirst();
	}

	/** Inserts or updates a category; an explicit agency choice replaces the seed's short name. */
	void simpan(String kode, String nama, String keterangan, String kataKunci, long opdId, int slaHariKerja, int urutan,
			boolean aktif) {
		jdbc.sql("""
				insert into pengaduan.kategori (kode, nama, keterangan, kata_kunci, opd_id, sla_hari_kerja, urutan, aktif)
				values (:kode, :nama, :keterangan, :kataKunci, :opd, :sla, :urutan, :aktif)
				on conflict (kode) do update set nama = excluded.nama, keterangan = excluded.keterangan,
				  kata_kunci = excluded.kata_kunci, opd_id = excluded.opd_id, opd_singkatan = null,
				  sla_hari_kerja = excluded.sla_hari_kerja, urutan = excluded.urutan, aktif = excluded.aktif""")
			.param("kode", kode).param("nama", nama).param("keterangan", keterangan).param("kataKunci", kataKunci)
			.param("opd", opdId).param("sla", slaHariKerja).param("urutan", urutan).param("aktif", aktif)
			.update();
	}

	void simpanPertanyaan(String kategoriKode, Pertanyaan q) {
		jdbc.sql("""
				insert into pengaduan.pertanyaan (kategori_kode, kode, teks, jenis, wajib, urutan, pilihan)
				values (:kategori, :kode, :teks, :jenis, :wajib, :urutan, cast(:pilihan as jsonb))
				on conflict (kategori_kode, kode) do update set teks = excluded.teks, jenis = excluded.jenis,
				  wajib = excluded.wajib, urutan = excluded.urutan, pilihan = excluded.pilihan""")
			.param("kategori", kategoriKode).param("kode", q.kode()).param("teks", q.teks()).param("jenis", q.jenis().name())
			.param("wajib", q.wajib()).param("urutan", q.urutan()).param("pilihan", json.writeValueAsString(q.pilihan()))
			.update();
	}

	int hapusPertanyaan(String kategoriKode, String kode) {
		return jdbc.sql("delete from pengaduan.pertanyaan where kategori_kode = ? and kode = ?").params(kategoriKode, kode).update();
	}

	record HariLibur(java.time.LocalDate tanggal, String nama, boolean cutiBersama) {
	}

	List<HariLibur> hariLibur() {
		return jdbc.sql("select tanggal, nama, cuti_bersama from pengaduan.hari_libur order by tanggal")
			.query((rs, i) -> new HariLibur(rs.getObject(1, java.time.LocalDate.class), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	void simpanLibur(HariLibur h) {
		jdbc.sql("""
				insert into pengaduan.hari_libur (tanggal, nama, cuti_bersama) values (?, ?, ?)
				on conflict (tanggal) do update set nama = excluded.nama, cuti_bersama = excluded.cuti_bersama""")
			.params(h.tanggal(), h.nama(), h.cutiBersama()).update();
	}

	int hapusLibur(java.time.LocalDate tanggal) {
		return jdbc.sql("delete from pengaduan.hari_libur where tanggal = ?").params(tanggal).update();
	}

	/**
	 * Seeded categories name their agency by short name because agency ids belong to the opd
	 * module; the first read after the agencies exist fills the ids in.
	 */
	private void hubungkanOpd() {
		List<String[]> belum = jdbc.sql("select kode, opd_singkatan from pengaduan.kategori where opd_id is null and opd_singkatan is not null")
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		for (String[] b : belum) {
			opd.cariSingkatan(b[1]).ifPresent(o -> jdbc.sql("update pengaduan.kategori set opd_id = :opd where kode = :kode")
				.param("opd", o.id()).param("kode", b[0]).update());
		}
	}
}
