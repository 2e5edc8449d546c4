package id.kotacerdas.pengaduan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.pengaduan.PembaruanPublik;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.PengaduanSekitar;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Query class of the read side: public lists and pages, the staff worklist, history. Confidential reports never leave the public queries. */
@Repository
class PencarianPengaduan {

	static final int UKURAN_MAKS = 1000;

	/** Counting every match of a broad filter over a million rows costs more than the page itself. */
	private static final long BATAS_HITUNG = 1_001;

	private static final String KOLOM_PUBLIK = """
			select p.id, p.nomor, p.kategori_kode, k.nama as kategori_nama, p.status, p.deskripsi, p.lat, p.lon, p.alamat,
			  p.kelurahan_kode, p.opd_id, p.diterima_pada, p.diperbarui_pada, p.tenggat_selesai, p.jumlah_dukungan,
			  (select r.teks from pengaduan.riwayat r where r.pengaduan_id = p.id and r.publik and r.staf_id is not null
			     and r.teks <> '' order by r.id desc limit 1) as catatan,
			  (select string_agg(f.id::text, ',' order by f.id) from pengaduan.foto f where f.pengaduan_id = p.id) as foto
			from pengaduan.pengaduan p join pengaduan.kategori k on k.kode = p.kategori_kode
			""";

	/** A row of the staff worklist; {@code saluranPesan} names its channel in words (a bundle key). */
	record BarisKerja(String nomor, String kategoriNama, StatusPengaduan status, String kelurahanNama, String deskripsi,
			Double lat, Double lon, Instant diterima, Instant tenggat, boolean terlambat, boolean responsTerlambat, int kaliDibukaKembali,
			String opdNama, String saluranPesan) {
	}

	/** A history entry as a page shows it. */
	record RiwayatTampil(long id, Instant waktu, String jenis, StatusPengaduan dari, StatusPengaduan ke, String teks,
			boolean publik, String namaStaf, List<Long> foto) {
	}

	private final JdbcClient jdbc;

	private final Wilayah wilayah;

	private final DaftarOpd opd;

	PencarianPengaduan(JdbcClient jdbc, Wilayah wilayah, DaftarOpd opd) {
		this.jdbc = jdbc;
		this.wilayah = wilayah;
		this.opd = opd;
	}

	Optional<PengaduanPublik> publik(String nomor) {
		return jdbc.sql(KOLOM_PUBLIK + " where p.nomor = :nomor and not p.rahasia").param("nomor", nomor)
			.query(this::keBaris).optional();
	}

	/** The public view of any report, confidential ones included: only for its reporter and staff. */
	Optional<PengaduanPublik> tampilan(String nomor) {
		return jdbc.sql(KOLOM_PUBLIK + " where p.nomor = :nomor").param("nomor", nomor).query(this::keBaris).optional();
	}

	Halaman<PengaduanPublik> daftar(SaringanPengaduan s) {
		int ukuran = Math.max(1, Math.min(s.ukuran(), UKURAN_MAKS));
		int halaman = Math.max(0, s.halaman());
		StringBuilder where = new StringBuilder(" where not p.rahasia");
		Map<String, Object> param = new HashMap<>();
		if (s.nomor() != null && !s.nomor().isEmpty()) {
			where.append(" and p.nomor in (:nomor)");
			param.put("nomor", s.nomor());
		}
		else {
			tambah(where, param, "p.kategori_kode = :kategori", "kategori", s.kategoriKode());
			tambah(where, param, "p.kecamatan_kode = :kecamatan", "kecamatan", s.kecamatanKode());
			tambah(where, param, "p.kelurahan_kode = :kelurahan", "kelurahan", s.kelurahanKode());
			tambah(where, param, "p.status = :status", "status", s.status() == null ? null : s.status().name());
			if (s.terbuka() != null) {
				where.append(s.terbuka() ? " and p.status not in ('SELESAI','DITUTUP','DITOLAK')"
						: " and p.status in ('SELESAI','DITUTUP','DITOLAK')");
			}
			tambah(where, param, "p.diterima_pada >= :dari", "dari", PengaduanRepository.ts(s.dari()));
			tambah(where, param, "p.diterima_pada < :sampai", "sampai", PengaduanRepository.ts(s.sampai()));
			tambah(where, param, "p.diperbarui_pada > :diperbaruiSetelah", "diperbaruiSetelah", PengaduanRepository.ts(s.diperbaruiSetelah()));
			tambah(where, param, "p.diperbarui_pada < :diperbaruiSebelum", "diperbaruiSebelum", PengaduanRepository.ts(s.diperbaruiSebelum()));
		}
		long batasHitung = Math.max(BATAS_HITUNG, (long) (halaman + 1) * ukuran + 1);
		long total = jdbc.sql("select count(*) from (select 1 from pengaduan.pengaduan p" + where + " limit :batasHitung) x")
			.params(param).param("batasHitung", batasHitung).query(Long.class).single();
		// the page's ids first: the filter columns are in the public indexes, so this part reads no
		// report rows at all, and only the page's rows are fetched afterwards
		List<PengaduanPublik> isi = jdbc.sql("with halaman as (select p.id, p.diterima_pada from pengaduan.pengaduan p" + where
				+ " order by p.diterima_pada desc, p.id desc limit :batas offset :lewati) " + KOLOM_PUBLIK
				+ " join halaman h on h.id = p.id order by h.diterima_pada desc, h.id desc")
			.params(param).param("batas", ukuran).param("lewati", (long) halaman * ukuran)
			.query(this::keBaris).list();
		return new Halaman<>(isi, halaman, ukuran, Math.min(total, batasHitung - 1), total == batasHitung);
	}

	/** Open public reports of the category within {@code meter} of the point: possible duplicates. */
	List<PengaduanPublik> sekitar(String kategoriKode, double lat, double lon, int meter) {
		double dLat = meter / 111_320.0;
		double dLon = meter / (111_320.0 * Math.cos(Math.toRadians(lat)));
		return jdbc.sql(KOLOM_PUBLIK + """
				 where not p.rahasia and p.kategori_kode = :kategori and p.status not in ('SELESAI','DITUTUP','DITOLAK')
				   and p.lat between :lat - :dLat and :lat + :dLat and p.lon between :lon - :dLon and :lon + :dLon
				   and 6371000 * 2 * asin(sqrt(power(sin(radians(p.lat - :lat) / 2), 2)
				       + cos(radians(:lat)) * cos(radians(p.lat)) * power(sin(radians(p.lon - :lon) / 2), 2))) <= :meter
				 order by p.diterima_pada desc limit 10""")
			.param("kategori", kategoriKode).param("lat", lat).param("lon", lon).param("dLat", dLat).param("dLon", dLon)
			.param("meter", meter)
			.query(this::keBaris).list();
	}

	/**
	 * Reports filed within {@code meter} of the point in [dari, sampai), refused ones left out: public ones per
	 * category, confidential ones only counted (no category, so nothing about them can be told).
	 */
	PengaduanSekitar dalamRadius(double lat, double lon, double meter, Instant dari, Instant sampai) {
		double dLat = meter / 111_320.0;
		double dLon = meter / (111_320.0 * Math.cos(Math.toRadians(lat)));
		List<Map.Entry<PengaduanSekitar.PerKategori, Boolean>> baris = jdbc.sql("""
				select p.rahasia, case when p.rahasia then null else p.kategori_kode end kode,
				       case when p.rahasia then null else k.nama end nama, count(*) jumlah
				  from pengaduan.pengaduan p join pengaduan.kategori k on k.kode = p.kategori_kode
				 where p.status <> 'DITOLAK' and p.diterima_pada >= :dari and p.diterima_pada < :sampai
				   and p.lat between :lat - :dLat and :lat + :dLat and p.lon between :lon - :dLon and :lon + :dLon
				   and 6371000 * 2 * asin(sqrt(power(sin(radians(p.lat - :lat) / 2), 2)
				       + cos(radians(:lat)) * cos(radians(p.lat)) * power(sin(radians(p.lon - :lon) / 2), 2))) <= :meter
				 group by 1, 2, 3 order by 4 desc, 3""")
			.param("lat", lat).param("lon", lon).param("dLat", dLat).param("dLon", dLon).param("meter", meter)
			.param("dari", java.sql.Timestamp.from(dari)).param("sampai", java.sql.Timestamp.from(sampai))
			.query((rs, i) -> Map.entry(new PengaduanSekitar.PerKategori(rs.getString("kode"), rs.getString("nama"), rs.getLong("jumlah")),
					rs.getBoolean("rahasia")))
			.list();
		return new PengaduanSekitar(baris.stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList(),
				baris.stream().filter(Map.Entry::getValue).mapToLong(e -> e.getKey().jumlah()).sum());
	}

	List<PembaruanPublik> pembaruanSetelah(Instant setelah, int batas) {
		return jdbc.sql("""
				select r.id, p.nomor, r.waktu, coalesce(r.ke_status, p.status) as status,
				  case when r.staf_id is not null then r.teks else '' end as teks
				from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id
				where r.publik and not p.rahasia and r.jenis in ('DITERIMA','STATUS','BALASAN') and r.waktu > :setelah
				order by r.waktu, r.id limit :batas""")
			.param("setelah", PengaduanRepository.ts(setelah)).param("batas", batas)
			.query((rs, i) -> new PembaruanPublik(rs.getLong("id"), rs.getString("nomor"), rs.getTimestamp("waktu").toInstant(),
					StatusPengaduan.valueOf(rs.getString("status")), rs.getString("teks")))
			.list();
	}

	/** Still needs work on the staff side ({@link StatusPengaduan#terbuka()}). */
	private static final String TERBUKA = "p.status not in ('SELESAI','DITUTUP','DITOLAK')";

	/** What a worklist holds: everything not finished for good (resolved reports wait for the citizen). */
	private static final String DAFTAR_KERJA = "p.status not in ('DITUTUP','DITOLAK')";

	/** The worklist's filters, each a reason to act; the dashboards count the same conditions. */
	enum SaringanKerja {

		BARU("p.status = 'BARU'", false),
		RESPONS_TERLAMBAT("p.direspons_pada is null and p.tenggat_respons < now() and " + TERBUKA, true),
		TERLAMBAT(TERBUKA + " and p.tenggat_selesai < now()", true),
		DIBUKA_KEMBALI("p.status = 'DIBUKA_KEMBALI'", false),
		MENUNGGU_KONFIRMASI("p.status = 'SELESAI'", false),
		/** Waits for the Kominfo dispatcher to re-route it. */
		BUKAN_WEWENANG("p.status = 'BUKAN_WEWENANG'", false);

		private final String syarat;

		private final boolean mendesak;

		SaringanKerja(String syarat, boolean mendesak) {
			this.syarat = syarat;
			this.mendesak = mendesak;
		}

		/** A missed deadline: a non-zero count should stand out. */
		public boolean mendesak() {
			return mendesak;
		}

		/** The value of the worklist's {@code saring} parameter. */
		public String kunci() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		public String kodePesan() {
			return "kerja.saring." + kunci();
		}

		static Optional<SaringanKerja> dariKunci(String kunci) {
			return Arrays.stream(values()).filter(s -> s.kunci().equals(kunci)).findFirst();
		}
	}

	/**
	 * Reports for a staff member's worklist, by deadline. {@code timId}/{@code opdId} narrow it
	 * (null = no restriction), {@code saringan} to one reason to act and {@code saluran} to one channel (null = all).
	 */
	List<BarisKerja> kerja(Long opdId, Long timId, SaringanKerja saringan, Saluran saluran, int batas) {
		StringBuilder where = new StringBuilder(" where " + DAFTAR_KERJA);
		Map<String, Object> param = new HashMap<>();
		tambah(where, param, "p.opd_id = :opd", "opd", opdId);
		tambah(where, param, "p.tim_id = :tim", "tim", timId);
		tambah(where, param, "p.saluran = :saluran", "saluran", saluran == null ? null : saluran.kode());
		if (saringan != null) {
			where.append(" and ").append(saringan.syarat);
		}
		return jdbc.sql("""
				select p.nomor, k.nama as kategori_nama, p.status, p.kelurahan_kode, p.deskripsi, p.lat, p.lon, p.diterima_pada,
				  p.tenggat_selesai, p.kali_dibuka_kembali,
				  (""" + SaringanKerja.TERLAMBAT.syarat + ") as terlambat, (" + SaringanKerja.RESPONS_TERLAMBAT.syarat
				+ ") as respons_terlambat, p.opd_id, p.saluran from pengaduan.pengaduan p join pengaduan.kategori k on k.kode = p.kategori_kode" + where
				+ " order by (p.status = 'SELESAI'), p.tenggat_selesai limit :batas")
			.params(param).param("batas", batas)
			.query((rs, i) -> new BarisKerja(rs.getString("nomor"), rs.getString("kategori_nama"),
					StatusPengaduan.valueOf(rs.getString("status")), namaKelurahan(rs.getString("kelurahan_kode")),
					ringkas(rs.getString("deskripsi")), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
					rs.getTimestamp("diterima_pada").toInstant(), rs.getTimestamp("tenggat_selesai").toInstant(),
					rs.getBoolean("terlambat"), rs.getBoolean("respons_terlambat"), rs.getInt("kali_dibuka_kembali"),
					namaOpd(rs.getObject("opd_id", Long.class)), Saluran.kodePesan(rs.getString("saluran"))))
			.list();
	}

	/** How many reports of the worklist meet each filter, in one pass over the open reports. */
	Map<SaringanKerja, Long> hitungKerja(Long opdId, Long timId) {
		return hitungKerja(opdId, timId, null);
	}

	/** As {@link #hitungKerja(Long, Long)}, of one channel's reports (null = all). */
	Map<SaringanKerja, Long> hitungKerja(Long opdId, Long timId, Saluran saluran) {
		StringBuilder where = new StringBuilder(" where " + DAFTAR_KERJA);
		Map<String, Object> param = new HashMap<>();
		tambah(where, param, "p.opd_id = :opd", "opd", opdId);
		tambah(where, param, "p.tim_id = :tim", "tim", timId);
		tambah(where, param, "p.saluran = :saluran", "saluran", saluran == null ? null : saluran.kode());
		String kolom = Arrays.stream(SaringanKerja.values())
			.map(s -> "count(*) filter (where " + s.syarat + ") as " + s.name())
			.collect(java.util.stream.Collectors.joining(", "));
		return jdbc.sql("select " + kolom + " from pengaduan.pengaduan p" + where).params(param)
			.query((rs, i) -> {
				Map<SaringanKerja, Long> hasil = new java.util.EnumMap<>(SaringanKerja.class);
				for (SaringanKerja s : SaringanKerja.values()) {
					hasil.put(s, rs.getLong(s.name()));
				}
				return hasil;
			})
			.single();
	}

	List<RiwayatTampil> riwayat(long pengaduanId, boolean termasukInternal) {
		Map<Long, List<Long>> foto = new HashMap<>();
		jdbc.sql("select id, riwayat_id from pengaduan.foto where pengaduan_id = :p and riwayat_id is not null order by id")
			.param("p", pengaduanId)
			.query(rs -> {
				foto.computeIfAbsent(rs.getLong("riwayat_id"), x -> new ArrayList<>()).add(rs.getLong("id"));
			});
		return jdbc.sql("""
				select id, waktu, jenis, dari_status, ke_status, teks, publik, nama_staf from pengaduan.riwayat
				where pengaduan_id = :p and (publik or :internal) order by id""")
			.param("p", pengaduanId).param("internal", termasukInternal)
			.query((rs, i) -> new RiwayatTampil(rs.getLong("id"), rs.getTimestamp("waktu").toInstant(), rs.getString("jenis"),
					status(rs.getString("dari_status")), status(rs.getString("ke_status")), rs.getString("teks"),
					rs.getBoolean("publik"), rs.getString("nama_staf"), foto.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	String namaKelurahan(String kode) {
		return kode == null ? "" : wilayah.kelurahan(kode).map(Kelurahan::nama).orElse(kode);
	}

	String namaOpd(Long id) {
		return id == null ? "" : opd.cari(id).map(Opd::namaPendek).orElse("");
	}

	private static StatusPengaduan status(String s) {
		return s == null ? null : StatusPengaduan.valueOf(s);
	}

	private static String ringkas(String teks) {
		return teks.length() <= 140 ? teks : teks.substring(0, 139) + "…";
	}

	private static void tambah(StringBuilder where, Map<String, Object> param, String syarat, String nama, Object nilai) {
		if (nilai != null && !(nilai instanceof String s && s.isBlank())) {
			where.append(" and ").append(syarat);
			param.put(nama, nilai);
		}
	}

	private PengaduanPublik keBaris(ResultSet rs, int i) throws SQLException {
		String nomor = rs.getString("nomor");
		String kelurahanKode = rs.getString("kelurahan_kode");
		Optional<Kelurahan> kel = kelurahanKode == null ? Optional.empty() : wilayah.kelurahan(kelurahanKode);
		String foto = rs.getString("foto");
		List<String> url = foto == null ? List.of()
				: Arrays.stream(foto.split(",")).map(id -> "/pengaduan/" + nomor + "/foto/" + id + ".jpg").toList();
		return new PengaduanPublik(nomor, rs.getString("kategori_kode"), rs.getString("kategori_nama"),
				StatusPengaduan.valueOf(rs.getString("status")), rs.getString("deskripsi"), rs.getObject("lat", Double.class),
				rs.getObject("lon", Double.class), rs.getString("alamat"), kelurahanKode, kel.map(Kelurahan::nama).orElse(""),
				kel.map(k -> k.kecamatan().nama()).orElse(""), namaOpd(rs.getObject("opd_id", Long.class)),
				rs.getTimestamp("diterima_pada").toInstant(), rs.getTimestamp("diperbarui_pada").toInstant(),
				rs.getTimestamp("tenggat_selesai").toInstant(), rs.getString("catatan") == null ? "" : rs.getString("catatan"),
				url, rs.getInt("jumlah_dukungan"));
	}
}
