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
						List.copyOf(pertanyaan.getOrDefault(rs.getString("kode"), List.of())));
			})
			.list();
	}

	Optional<Kategori> cari(String kode) {
		return semua(false).stream().filter(k -> k.kode().equals(kode)).findFirst();
	}

	void ubah(String kode, String nama, String keterangan, long opdId, int slaHariKerja, boolean aktif) {
		jdbc.sql("""
				update pengaduan.kategori set nama = :nama, keterangan = :keterangan, opd_id = :opd,
				sla_hari_kerja = :sla, aktif = :aktif where kode = :kode""")
			.param("nama", nama).param("keterangan", keterangan).param("opd", opdId).param("sla", slaHariKerja)
			.param("aktif", aktif).param("kode", kode)
			.update();
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
