package id.kotacerdas.satudata.internal.katalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.DataTerbuka.CakupanWaktu;
import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.satudata.Dataset;
import id.kotacerdas.satudata.DatasetBaru;
import id.kotacerdas.satudata.GrupData;
import id.kotacerdas.satudata.HasilPencarian;
import id.kotacerdas.satudata.MetadataSatuData;
import id.kotacerdas.satudata.Organisasi;
import id.kotacerdas.satudata.Pencarian;
import id.kotacerdas.satudata.StatusDataset;
import id.kotacerdas.satudata.SumberDataset;
import id.kotacerdas.satudata.SumberDaya;
import id.kotacerdas.satudata.TingkatWilayah;

@Repository
class KatalogRepository {

	/** One advisory-lock key for the refresh of the modules' datasets, so two instances never run it together. */
	private static final long KUNCI_SEGARKAN = 0x5361747544617461L;

	private static final String KOLOM = """
			select d.id, d.nama, d.judul, d.catatan, d.grup, d.tag, d.lisensi, d.konsep, d.definisi, d.klasifikasi, d.satuan,
			       d.kode_bps, d.kode_bappenas, d.tingkat_wilayah, d.kode_wilayah, d.periode, d.jadwal_rilis, d.walidata, d.status,
			       d.catatan_walidata, d.tanggal_rilis, d.sumber, d.kode_modul, d.cakupan_mulai, d.cakupan_selesai, d.jumlah_unduhan,
			       d.dibuat, d.diubah, o.id as o_id, o.nama as o_nama, o.judul as o_judul, o.opd_id as o_opd
			from satudata.dataset d join satudata.organisasi o on o.id = d.organisasi_id
			""";

	/** The search vector: name and title weigh most, then tags, the agency, and the texts. */
	private static final String PERBARUI_PENCARIAN = """
			update satudata.dataset d set pencarian =
			    setweight(to_tsvector('simple', d.nama || ' ' || d.judul), 'A')
			    || setweight(to_tsvector('simple', array_to_string(d.tag, ' ')), 'B')
			    || setweight(to_tsvector('simple', o.nama || ' ' || o.judul), 'C')
			    || setweight(to_tsvector('simple', d.catatan || ' ' || coalesce(d.konsep, '') || ' ' || coalesce(d.definisi, '')
			        || ' ' || coalesce(d.klasifikasi, '') || ' ' || coalesce(d.satuan, '')), 'D')
			from satudata.organisasi o where o.id = d.organisasi_id and d.id = :id
			""";

	private final JdbcClient jdbc;

	KatalogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean kunciSegarkan() {
		return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(KUNCI_SEGARKAN).query(Boolean.class).single();
	}

	/** The agency's organisation, made on first use; its CKAN name from the agency's short name. */
	Organisasi organisasi(long opdId, String nama, String judul) {
		return jdbc.sql("""
				insert into satudata.organisasi (nama, judul, opd_id) values (:nama, :judul, :opd)
				on conflict (opd_id) do update set judul = excluded.judul
				returning id, nama, judul, opd_id
				""").param("nama", nama).param("judul", judul).param("opd", opdId)
			.query((rs, i) -> new Organisasi(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).single();
	}

	boolean namaOrganisasiDipakai(String nama, long opdId) {
		return jdbc.sql("select exists (select 1 from satudata.organisasi where nama = ? and opd_id <> ?)").params(nama, opdId)
			.query(Boolean.class).single();
	}

	/**
	 * Inserts a module's dataset (published at once, with its seeded Satu Data metadata) or refreshes what the module
	 * says of it; what staff edited in the Satu Data metadata stays.
	 */
	UUID simpanModul(DatasetBaru b, long organisasiId, Instant sekarang) {
		UUID id = jdbc.sql("""
				insert into satudata.dataset (id, nama, judul, catatan, organisasi_id, grup, tag, lisensi, konsep, definisi, klasifikasi,
				    satuan, kode_bps, kode_bappenas, tingkat_wilayah, kode_wilayah, periode, jadwal_rilis, walidata, status, tanggal_rilis,
				    sumber, kode_modul, cakupan_mulai, cakupan_selesai, dibuat, diubah)
				values (:id, :nama, :judul, :catatan, :org, :grup::text[], :tag::text[], :lisensi, :konsep, :definisi, :klasifikasi,
				    :satuan, :bps, :bappenas, :tingkat, :wilayah, :periode, :jadwal, :walidata, 'TERBIT', :now,
				    'MODUL', :modul, :mulai, :selesai, :now, :now)
				on conflict (kode_modul) do update set judul = excluded.judul, catatan = excluded.catatan, grup = excluded.grup,
				    tag = excluded.tag, lisensi = excluded.lisensi, periode = excluded.periode, kode_wilayah = excluded.kode_wilayah,
				    walidata = excluded.walidata, cakupan_mulai = excluded.cakupan_mulai, cakupan_selesai = excluded.cakupan_selesai,
				    diubah = excluded.diubah
				returning id
				""").params(parameter(b, organisasiId, sekarang)).query(UUID.class).single();
		perbaruiPencarian(id);
		return id;
	}

	/** Inserts an upload as a draft, or updates a draft/returned one of that name; empty when the name is taken otherwise. */
	Optional<UUID> simpanUnggahan(DatasetBaru b, long organisasiId, Instant sekarang) {
		Optional<UUID> id = jdbc.sql("""
				insert into satudata.dataset (id, nama, judul, catatan, organisasi_id, grup, tag, lisensi, konsep, definisi, klasifikasi,
				    satuan, kode_bps, kode_bappenas, tingkat_wilayah, kode_wilayah, periode, jadwal_rilis, walidata, status,
				    sumber, cakupan_mulai, cakupan_selesai, dibuat, diubah)
				values (:id, :nama, :judul, :catatan, :org, :grup::text[], :tag::text[], :lisensi, :konsep, :definisi, :klasifikasi,
				    :satuan, :bps, :bappenas, :tingkat, :wilayah, :periode, :jadwal, :walidata, 'DRAF',
				    'UNGGAHAN', :mulai, :selesai, :now, :now)
				on conflict (nama) do update set judul = excluded.judul, catatan = excluded.catatan, organisasi_id = excluded.organisasi_id,
				    grup = excluded.grup, tag = excluded.tag, lisensi = excluded.lisensi, konsep = excluded.konsep,
				    definisi = excluded.definisi, klasifikasi = excluded.klasifikasi, satuan = excluded.satuan, kode_bps = excluded.kode_bps,
				    kode_bappenas = excluded.kode_bappenas, tingkat_wilayah = excluded.tingkat_wilayah, kode_wilayah = excluded.kode_wilayah,
				    periode = excluded.periode, jadwal_rilis = excluded.jadwal_rilis, walidata = excluded.walidata,
				    cakupan_mulai = excluded.cakupan_mulai, cakupan_selesai = excluded.cakupan_selesai, diubah = excluded.diubah
				where satudata.dataset.sumber = 'UNGGAHAN' and satudata.dataset.status in ('DRAF', 'DIKEMBALIKAN')
				returning id
				""").params(parameter(b, organisasiId, sekarang)).query(UUID.class).optional();
		id.ifPresent(this::perbaruiPencarian);
		return id;
	}

	private Map<String, Object> parameter(DatasetBaru b, long organisasiId, Instant sekarang) {
		MetadataSatuData m = b.satuData();
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", UUID.randomUUID());
		p.put("nama", b.nama());
		p.put("judul", b.judul());
		p.put("catatan", b.catatan());
		p.put("org", organisasiId);
		p.put("grup", b.tema().stream().map(GrupData::nama).distinct().toArray(String[]::new));
		p.put("tag", b.tag().stream().distinct().toArray(String[]::new));
		p.put("lisensi", b.lisensi());
		p.put("konsep", m.konsep());
		p.put("definisi", m.definisi());
		p.put("klasifikasi", m.klasifikasi());
		p.put("satuan", m.satuan());
		p.put("bps", m.kodeBps());
		p.put("bappenas", m.kodeBappenas());
		p.put("tingkat", m.tingkatWilayah().name());
		p.put("wilayah", m.kodeWilayah());
		p.put("periode", m.periode().name());
		p.put("jadwal", m.jadwalRilis());
		p.put("walidata", b.walidata());
		p.put("modul", b.kodeModul());
		p.put("mulai", b.cakupan() == null ? null : b.cakupan().mulai());
		p.put("selesai", b.cakupan() == null ? null : b.cakupan().selesai());
		p.put("now", Timestamp.from(sekarang));
		return p;
	}

	private void perbaruiPencarian(UUID id) {
		jdbc.sql(PERBARUI_PENCARIAN).param("id", id).update();
	}

	/** A file with a fixed name per format: added once, its date moved on each refresh. */
	SumberDaya simpanSumberDaya(UUID datasetId, String nama, String format, String jenisMedia, String alamat, Long ukuran, UUID berkasId,
			int urutan, Instant sekarang) {
		SumberDaya s = jdbc.sql("""
				insert into satudata.sumber_daya (id, dataset_id, nama, format, jenis_media, alamat, ukuran, berkas_id, urutan, diubah)
				values (:id, :ds, :nama, :format, :media, :alamat, :ukuran, :berkas, :urutan, :now)
				on conflict (dataset_id, format, nama) do update set alamat = excluded.alamat, ukuran = excluded.ukuran,
				    berkas_id = excluded.berkas_id, jenis_media = excluded.jenis_media, diubah = excluded.diubah
				returning id, dataset_id, nama, format, jenis_media, alamat, ukuran, berkas_id, diubah
				""").param("id", UUID.randomUUID()).param("ds", datasetId).param("nama", nama).param("format", format)
			.param("media", jenisMedia).param("alamat", alamat).param("ukuran", ukuran).param("berkas", berkasId).param("urutan", urutan)
			.param("now", Timestamp.from(sekarang)).query(KatalogRepository::sumberDaya).single();
		jdbc.sql("update satudata.dataset set diubah = ? where id = ?").params(Timestamp.from(sekarang), datasetId).update();
		return s;
	}

	/** Moves the state, if it still is {@code dari}; false when another change came first. */
	boolean ubahStatus(UUID id, StatusDataset dari, StatusDataset ke, String catatanWalidata, Instant sekarang) {
		return jdbc.sql("""
				update satudata.dataset set status = :ke, catatan_walidata = :catatan, diubah = :now,
				    tanggal_rilis = case when :ke = 'TERBIT' then cast(:now as timestamptz) end
				where id = :id and status = :dari
				""").param("ke", ke.name()).param("catatan", catatanWalidata).param("now", Timestamp.from(sekarang)).param("id", id)
			.param("dari", dari.name()).update() == 1;
	}

	void tambahUnduhan(String nama) {
		jdbc.sql("update satudata.dataset set jumlah_unduhan = jumlah_unduhan + 1 where nama = ? and status = 'TERBIT'").param(nama).update();
	}

	Optional<Dataset> cari(String idAtauNama, boolean hanyaTerbit) {
		UUID id = uuid(idAtauNama);
		List<Dataset> hasil = lengkapi(jdbc.sql(KOLOM + " where (d.nama = :nama or d.id = :id)" + (hanyaTerbit ? " and d.status = 'TERBIT'" : ""))
			.param("nama", idAtauNama).param("id", id).query(KatalogRepository::dataset).list());
		return hasil.stream().findFirst();
	}

	List<Dataset> dalamStatus(StatusDataset status, int batas) {
		return lengkapi(jdbc.sql(KOLOM + " where d.status = ? order by d.diubah desc limit ?").params(status.name(), batas)
			.query(KatalogRepository::dataset).list());
	}

	List<String> namaTerbit(int batas, int lewati) {
		return jdbc.sql("select nama from satudata.dataset where status = 'TERBIT' order by nama limit ? offset ?").params(batas, lewati)
			.query(String.class).list();
	}

	Optional<UUID> datasetSumberDaya(UUID sumberDayaId) {
		return jdbc.sql("select dataset_id from satudata.sumber_daya where id = ?").param(sumberDayaId).query(UUID.class).optional();
	}

	/** When each module's dataset was last refreshed, by its module code. */
	Map<String, Instant> diubahModul() {
		Map<String, Instant> hasil = new LinkedHashMap<>();
		jdbc.sql("select kode_modul, diubah from satudata.dataset where kode_modul is not null")
			.query(rs -> {
				hasil.put(rs.getString(1), rs.getTimestamp(2).toInstant());
			});
		return hasil;
	}

	Optional<String> kodeModul(String nama) {
		return jdbc.sql("select kode_modul from satudata.dataset where nama = ? and kode_modul is not null").param(nama)
			.query(String.class).optional();
	}

	List<Organisasi> organisasiTerbit() {
		return jdbc.sql("""
				select o.id, o.nama, o.judul, o.opd_id from satudata.organisasi o
				where exists (select 1 from satudata.dataset d where d.organisasi_id = o.id and d.status = 'TERBIT') order by o.nama
				""").query((rs, i) -> new Organisasi(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
	}

	/**
	 * One statement over narrow matching rows (the id, the facet fields and the sort keys) answers the count, every
	 * facet and the ids of the page in order; then only the page's full rows and their files are read. Three
	 * statements whatever the facets, and a deep page never reads the full rows it skips.
	 */
	HasilPencarian cari(Pencarian p) {
		Saring saring = new Saring(p);
		List<Pencarian.Bidang> bidang = p.faset().stream().distinct().toList();
		Map<Pencarian.Bidang, List<HasilPencarian.Faset>> faset = new LinkedHashMap<>();
		bidang.forEach(b -> faset.put(b, new ArrayList<>()));
		long[] jumlah = { 0 };
		Map<Long, UUID> halaman = new TreeMap<>();
		jdbc.sql(jumlahFasetDanHalaman(saring, bidang, p)).params(saring.parameter).param("jumlah", p.jumlah()).param("mulai", p.mulai())
			.query(rs -> {
				int k = rs.getInt("k");
				if (k < 0) {
					halaman.put(rs.getLong("n"), UUID.fromString(rs.getString("nilai")));
				}
				else if (k == 0) {
					jumlah[0] = rs.getLong("n");
				}
				else {
					faset.get(bidang.get(k - 1)).add(new HasilPencarian.Faset(rs.getString("nilai"), rs.getLong("n")));
				}
			});
		return new HasilPencarian(jumlah[0], menurutId(List.copyOf(halaman.values())), faset);
	}

	/**
	 * Rows (k, nilai, n): k = -1 the page's ids with their position n, k = 0 the count, k = i + 1 the values of the
	 * i-th facet, most frequent first, then by value.
	 */
	private static String jumlahFasetDanHalaman(Saring saring, List<Pencarian.Bidang> bidang, Pencarian p) {
		List<KunciSql> urutan = urutan(p);
		StringBuilder kunci = new StringBuilder();
		StringBuilder urut = new StringBuilder();
		for (int i = 0; i < urutan.size(); i++) {
			kunci.append(", ").append(urutan.get(i).ungkapan()).append(" as u").append(i);
			urut.append(i == 0 ? "" : ", ").append('u').append(i).append(urutan.get(i).turun() ? " desc" : " asc");
		}
		// read once for the facets; without facets the count and the page are planned apart (an index-only count, an
		// ordered index scan for the page)
		StringBuilder sql = new StringBuilder("with hit as ").append(bidang.isEmpty() ? "not materialized" : "materialized")
			.append(" (\n    select d.id, d.organisasi_id, d.lisensi, d.grup, d.tag, d.format").append(kunci).append("\n    from satudata.dataset d")
			.append(saring.sql).append("""

				)
				select * from (select 0 as k, null::text as nilai, count(*) as n from hit""");
		if (p.jumlah() > 0) {
			sql.append("\n    union all select -1, t.id::text, t.n from unnest(array(select id from hit order by ").append(urut)
				.append(" limit :jumlah offset :mulai)) with ordinality t(id, n)");
		}
		for (int i = 0; i < bidang.size(); i++) {
			String nilai = switch (bidang.get(i)) {
				case ORGANISASI -> """
						select o.nama as nilai, h.n from (select organisasi_id, count(*) as n from hit group by 1) h
						join satudata.organisasi o on o.id = h.organisasi_id""";
				case LISENSI -> "select lisensi as nilai, count(*) as n from hit group by 1";
				case GRUP -> "select g as nilai, count(*) as n from hit cross join unnest(hit.grup) g group by 1";
				case TAG -> "select t as nilai, count(*) as n from hit cross join unnest(hit.tag) t group by 1";
				// the formats of a dataset are distinct: a dataset counts once per format, however many files of it it has
				case FORMAT -> "select f as nilai, count(*) as n from hit cross join unnest(hit.format) f group by 1";
			};
			sql.append("\n    union all (select ").append(i + 1).append(", nilai, n from (").append(nilai).append(") f order by n desc, nilai")
				.append(p.batasFaset() < 0 ? "" : " limit " + p.batasFaset()).append(')');
		}
		return sql.append(") u order by k, n desc, nilai").toString();
	}

	private record KunciSql(String ungkapan, boolean turun) {
	}

	/** The sort keys, ending in the name so pages never repeat or skip a dataset. */
	private static List<KunciSql> urutan(Pencarian p) {
		List<KunciSql> kunci = new ArrayList<>();
		for (Pencarian.Urutan u : p.urutan()) {
			kunci.add(new KunciSql(switch (u.kunci()) {
				case RELEVANSI -> p.teks().isBlank() ? "d.diubah" : "ts_rank(d.pencarian, websearch_to_tsquery('simple', :teks))";
				case NAMA -> "d.nama";
				case JUDUL -> "lower(d.judul)";
				case DIUBAH -> "d.diubah";
				case DIBUAT -> "d.dibuat";
				case UNDUHAN -> "d.jumlah_unduhan";
			}, u.turun()));
		}
		kunci.add(new KunciSql("d.nama", false));
		return kunci;
	}

	/** Full datasets with their files, in the order of the ids. */
	private List<Dataset> menurutId(List<UUID> id) {
		if (id.isEmpty()) {
			return List.of();
		}
		Map<UUID, Dataset> per = jdbc.sql(KOLOM + " where d.id = any(cast(:id as uuid[]))")
			.param("id", id.stream().map(UUID::toString).toArray(String[]::new)).query(KatalogRepository::dataset).list().stream()
			.collect(Collectors.toMap(Dataset::id, d -> d));
		// a dataset removed between the two statements is left out, not answered as a hole
		return lengkapi(id.stream().map(per::get).filter(Objects::nonNull).toList());
	}

	/** The WHERE clause of a search and its parameters; only published datasets. */
	private static final class Saring {

		final String sql;

		final Map<String, Object> parameter = new LinkedHashMap<>();

		Saring(Pencarian p) {
			StringBuilder s = new StringBuilder(" where d.status = 'TERBIT'");
			if (!p.teks().isBlank()) {
				s.append(" and d.pencarian @@ websearch_to_tsquery('simple', :teks)");
				parameter.put("teks", p.teks());
			}
			int i = 0;
			for (Pencarian.Saringan f : p.saring()) {
				String nama = "f" + i++;
				parameter.put(nama, f.nilai());
				String syarat = switch (f.bidang()) {
					case ORGANISASI -> "d.organisasi_id in (select o.id from satudata.organisasi o where o.nama = :" + nama + ")";
					case LISENSI -> "d.lisensi = :" + nama;
					case GRUP -> ":" + nama + " = any(d.grup)";
					case TAG -> ":" + nama + " = any(d.tag)";
					case FORMAT -> "exists (select 1 from unnest(d.format) f where upper(f) = upper(:" + nama + "))";
				};
				s.append(f.bukan() ? " and not (" : " and (").append(syarat).append(')');
			}
			sql = s.toString();
		}
	}

	/** Adds the files of each dataset, in one query. */
	private List<Dataset> lengkapi(List<Dataset> tanpaBerkas) {
		if (tanpaBerkas.isEmpty()) {
			return tanpaBerkas;
		}
		String[] id = tanpaBerkas.stream().map(d -> d.id().toString()).toArray(String[]::new);
		Map<UUID, List<SumberDaya>> per = jdbc.sql("""
				select id, dataset_id, nama, format, jenis_media, alamat, ukuran, berkas_id, diubah from satudata.sumber_daya
				where dataset_id = any(?::uuid[]) order by urutan, format, nama
				""").param(id).query(KatalogRepository::sumberDaya).list().stream()
			.collect(Collectors.groupingBy(SumberDaya::datasetId, LinkedHashMap::new, Collectors.toList()));
		return tanpaBerkas.stream()
			.map(d -> new Dataset(d.id(), d.nama(), d.judul(), d.catatan(), d.organisasi(), d.grup(), d.tag(), d.lisensi(), d.satuData(),
					d.walidata(), d.status(), d.catatanWalidata(), d.tanggalRilis(), d.sumber(), d.kodeModul(), d.cakupan(),
					d.jumlahUnduhan(), d.dibuat(), d.diubah(), per.getOrDefault(d.id(), List.of())))
			.toList();
	}

	private static Dataset dataset(ResultSet rs, int i) throws SQLException {
		LocalDate mulai = rs.getObject("cakupan_mulai", LocalDate.class);
		LocalDate selesai = rs.getObject("cakupan_selesai", LocalDate.class);
		MetadataSatuData m = new MetadataSatuData(rs.getString("konsep"), rs.getString("definisi"), rs.getString("klasifikasi"),
				rs.getString("satuan"), rs.getString("kode_bps"), rs.getString("kode_bappenas"),
				TingkatWilayah.valueOf(rs.getString("tingkat_wilayah")), rs.getString("kode_wilayah"), Frekuensi.valueOf(rs.getString("periode")),
				rs.getString("jadwal_rilis"));
		return new Dataset(rs.getObject("id", UUID.class), rs.getString("nama"), rs.getString("judul"), rs.getString("catatan"),
				new Organisasi(rs.getLong("o_id"), rs.getString("o_nama"), rs.getString("o_judul"), rs.getLong("o_opd")), teks(rs.getArray("grup")),
				teks(rs.getArray("tag")), rs.getString("lisensi"), m, rs.getString("walidata"), StatusDataset.valueOf(rs.getString("status")),
				rs.getString("catatan_walidata"), waktu(rs.getTimestamp("tanggal_rilis")), SumberDataset.valueOf(rs.getString("sumber")),
				rs.getString("kode_modul"), mulai == null || selesai == null ? null : new CakupanWaktu(mulai, selesai),
				rs.getLong("jumlah_unduhan"), waktu(rs.getTimestamp("dibuat")), waktu(rs.getTimestamp("diubah")), List.of());
	}

	private static SumberDaya sumberDaya(ResultSet rs, int i) throws SQLException {
		long ukuran = rs.getLong("ukuran");
		return new SumberDaya(rs.getObject("id", UUID.class), rs.getObject("dataset_id", UUID.class), rs.getString("nama"),
				rs.getString("format"), rs.getString("jenis_media"), rs.getString("alamat"), rs.wasNull() ? null : ukuran,
				rs.getObject("berkas_id", UUID.class), waktu(rs.getTimestamp("diubah")));
	}

	private static List<String> teks(Array larik) throws SQLException {
		return larik == null ? List.of() : List.of((String[]) larik.getArray());
	}

	private static Instant waktu(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static UUID uuid(String s) {
		try {
			return s.length() == 36 ? UUID.fromString(s) : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
