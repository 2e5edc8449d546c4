package id.kotacerdas.pengaduan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.opd.OpdDitambahkan;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.Siaran;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class KategoriRepository {

	private static final TypeReference<List<Pertanyaan.Pilihan>> PILIHAN = new TypeReference<>() {
	};

	/** Sent by a trigger of {@code pengaduan.versi_konfigurasi} when an edit commits (migration V2026_12_05_89). */
	static final String SIARAN = "pengaduan.konfigurasi";

	private final JdbcClient jdbc;

	private final DaftarOpd opd;

	private final ObjectMapper json;

	KategoriRepository(JdbcClient jdbc, DaftarOpd opd, ObjectMapper json, Siaran siaran) {
		this.jdbc = jdbc;
		this.opd = opd;
		this.json = json;
		// an edit on any instance, or a renamed agency, drops this copy; so does a lost listening connection
		siaran.langgan(SIARAN, isi -> lupakan(), this::lupakan);
		siaran.langgan(DaftarOpd.SIARAN, isi -> lupakan(), this::lupakan);
	}

	/** Raised by every change heard of: a copy read while a change happened is not kept. */
	private final AtomicLong generasi = new AtomicLong();

	private void lupakan() {
		generasi.incrementAndGet();
		tembolok = null;
	}

	/**
	 * What every filing reads and administrators rarely change, as of configuration version
	 * {@code versi}: all categories (inactive too) in display order, with their questions, agency id
	 * and the agency's short name as it was when they were read.
	 */
	record Konfigurasi(long versi, List<Kategori> kategori) {

		Optional<Kategori> aktif(String kode) {
			return kategori.stream().filter(k -> k.aktif() && k.kode().equals(kode)).findFirst();
		}
	}

	private volatile Konfigurasi tembolok;

	/** The cached configuration without asking the database whether it is current; a filing checks that with its number. */
	Konfigurasi tersimpan() {
		Konfigurasi k = tembolok;
		return k != null ? k : untukVersi(versi());
	}

	/** The configuration as of the last committed edit (one single-row read when the cache is current). */
	Konfigurasi terkini() {
		return untukVersi(versi());
	}

	/** The configuration of version {@code versi}, reloaded when the cache is older. */
	Konfigurasi untukVersi(long versi) {
		Konfigurasi k = tembolok;
		if (k == null || k.versi() < versi) {
			long sebelum = generasi.get();
			k = muat();
			if (generasi.get() == sebelum) {
				tembolok = k;
			}
		}
		return k;
	}

	/**
	 * Categories for display, agency names as the opd module has them now (names may change there
	 * without an event; one query for all agencies).
	 */
	List<Kategori> semua(boolean termasukNonaktif) {
		Map<Long, String> nama = new HashMap<>();
		opd.semua().forEach(o -> nama.put(o.id(), o.namaPendek()));
		return terkini().kategori().stream().filter(k -> termasukNonaktif || k.aktif())
			.map(k -> new Kategori(k.kode(), k.nama(), k.keterangan(), k.kataKunci(), k.opdId(),
					k.opdId() == null ? null : nama.get(k.opdId()), k.slaHariKerja(), k.pertanyaan(), k.urutan(), k.aktif(),
					k.asetJenis()))
			.toList();
	}

	/** An active category as of the last committed edit (one single-row read when the copy is current). */
	Optional<Kategori> cari(String kode) {
		return terkini().aktif(kode);
	}

	/**
	 * An active category for a filing about to be made, from the copy in memory: no round trip. The copy is
	 * dropped by every edit's message within milliseconds, and the filing checks the version again in its group
	 * commit; a code the copy does not know is looked up once more in the current configuration.
	 */
	Optional<Kategori> cariUntukPengajuan(String kode) {
		Optional<Kategori> k = tersimpan().aktif(kode);
		return k.isPresent() ? k : terkini().aktif(kode);
	}

	/**
	 * Called in the transaction of every edit of categories or questions: other
	 * instances see the new version with their next filing; this one drops its cache after the
	 * commit (dropping it only before could let a concurrent read cache the old rows again).
	 */
	void diubah() {
		jdbc.sql("update pengaduan.versi_konfigurasi set versi = versi + 1").update();
		lupakan();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					lupakan();
				}
			});
		}
	}

	/** A newly registered agency may be the one a seeded category names. */
	@ApplicationModuleListener
	public void opdDitambahkan(OpdDitambahkan event) {
		if (hubungkanOpd() > 0) {
			diubah();
		}
	}

	private long versi() {
		return jdbc.sql("select versi from pengaduan.versi_konfigurasi").query(Long.class).single();
	}

	/** The version is read first, so the rows read after it are at least that new. */
	private Konfigurasi muat() {
		long versi = versi();
		hubungkanOpd();
		Map<Long, String> namaOpd = new HashMap<>();
		opd.semua().forEach(o -> namaOpd.put(o.id(), o.namaPendek()));
		Map<String, List<Pertanyaan>> pertanyaan = new LinkedHashMap<>();
		jdbc.sql("select * from pengaduan.pertanyaan order by kategori_kode, urutan, kode").query(rs -> {
			pertanyaan.computeIfAbsent(rs.getString("kategori_kode"), x -> new ArrayList<>())
				.add(new Pertanyaan(rs.getString("kode"), rs.getString("teks"),
						Pertanyaan.JenisJawaban.valueOf(rs.getString("jenis")), rs.getBoolean("wajib"), rs.getInt("urutan"),
						json.readValue(rs.getString("pilihan"), PILIHAN)));
		});
		List<Kategori> kategori = jdbc.sql("select * from pengaduan.kategori order by urutan, nama")
			.query((rs, i) -> new Kategori(rs.getString("kode"), rs.getString("nama"), rs.getString("keterangan"),
					rs.getString("kata_kunci"), rs.getObject("opd_id", Long.class), namaOpd.get(rs.getObject("opd_id", Long.class)),
					rs.getInt("sla_hari_kerja"),
					List.copyOf(pertanyaan.getOrDefault(rs.getString("kode"), List.of())), rs.getInt("urutan"),
					rs.getBoolean("aktif"), rs.getString("aset_jenis")))
			.list();
		return new Konfigurasi(versi, List.copyOf(kategori));
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

	/** Removes a question from the form; it is kept as retired so earlier reports' answers still read in words. */
	int hapusPertanyaan(String kategoriKode, String kode) {
		jdbc.sql("""
				insert into pengaduan.pertanyaan_pensiun (kategori_kode, kode, teks, jenis, pilihan)
				select kategori_kode, kode, teks, jenis, pilihan from pengaduan.pertanyaan where kategori_kode = ? and kode = ?
				on conflict (kategori_kode, kode) do update set teks = excluded.teks, jenis = excluded.jenis, pilihan = excluded.pilihan,
				  pensiun_pada = now()""")
			.params(kategoriKode, kode).update();
		return jdbc.sql("delete from pengaduan.pertanyaan where kategori_kode = ? and kode = ?").params(kategoriKode, kode).update();
	}

	/** The category's retired questions, no longer asked, for reading earlier reports' answers. */
	List<Pertanyaan> pertanyaanPensiun(String kategoriKode) {
		return jdbc.sql("select * from pengaduan.pertanyaan_pensiun where kategori_kode = ? order by pensiun_pada, kode").params(kategoriKode)
			.query((rs, i) -> new Pertanyaan(rs.getString("kode"), rs.getString("teks"), Pertanyaan.JenisJawaban.valueOf(rs.getString("jenis")),
					false, 0, json.readValue(rs.getString("pilihan"), PILIHAN)))
			.list();
	}

	/**
	 * Seeded categories name their agency by short name because agency ids belong to the opd
	 * module; the first read after the agencies exist fills the ids in.
	 */
	private int hubungkanOpd() {
		List<String[]> belum = jdbc.sql("select kode, opd_singkatan from pengaduan.kategori where opd_id is null and opd_singkatan is not null")
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		int terhubung = 0;
		for (String[] b : belum) {
			Optional<Opd> o = opd.cariSingkatan(b[1]);
			if (o.isPresent()) {
				terhubung += jdbc.sql("update pengaduan.kategori set opd_id = :opd where kode = :kode and opd_id is null")
					.param("opd", o.get().id()).param("kode", b[0]).update();
			}
		}
		return terhubung;
	}
}
