package id.kotacerdas.armada.kendaraan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class KendaraanRepository {

	private static final String KOLOM = """
			id, nomor_polisi, tracker_id, opd_id, nomor_rangka, nomor_mesin, nomor_bpkb, merek, tipe, cc,
			tahun_pembuatan, harga_perolehan, asal_perolehan, golongan, jenis_bbm, kapasitas_tangki,
			norma_km_per_liter, kuota_liter_bulanan, kuota_rupiah_bulanan, nip_pemegang, nama_pemegang,
			kondisi, status, jatuh_tempo_stnk, jatuh_tempo_pajak, dibuat, diubah""";

	private final JdbcClient jdbc;

	KendaraanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long tambah(DataKendaraan d, java.time.Instant waktu) {
		return jdbc.sql("""
				INSERT INTO armada.kendaraan (nomor_polisi, tracker_id, opd_id, nomor_rangka, nomor_mesin, nomor_bpkb,
				  merek, tipe, cc, tahun_pembuatan, harga_perolehan, asal_perolehan, golongan, jenis_bbm, kapasitas_tangki,
				  norma_km_per_liter, kuota_liter_bulanan, kuota_rupiah_bulanan, nip_pemegang, nama_pemegang, kondisi,
				  status, jatuh_tempo_stnk, jatuh_tempo_pajak, dibuat, diubah)
				VALUES (:nomorPolisi, :trackerId, :opdId, :nomorRangka, :nomorMesin, :nomorBpkb, :merek, :tipe, :cc,
				  :tahunPembuatan, :hargaPerolehan, :asalPerolehan, :golongan, :jenisBbm, :kapasitasTangki,
				  :normaKmPerLiter, :kuotaLiterBulanan, :kuotaRupiahBulanan, :nipPemegang, :namaPemegang, :kondisi,
				  :status, :jatuhTempoStnk, :jatuhTempoPajak, :waktu, :waktu)
				RETURNING id""")
			.params(parameter(d))
			.param("waktu", Timestamp.from(waktu))
			.query(Long.class)
			.single();
	}

	void ubah(long id, DataKendaraan d, java.time.Instant waktu) {
		jdbc.sql("""
				UPDATE armada.kendaraan SET nomor_polisi = :nomorPolisi, tracker_id = :trackerId, opd_id = :opdId,
				  nomor_rangka = :nomorRangka, nomor_mesin = :nomorMesin, nomor_bpkb = :nomorBpkb, merek = :merek,
				  tipe = :tipe, cc = :cc, tahun_pembuatan = :tahunPembuatan, harga_perolehan = :hargaPerolehan,
				  asal_perolehan = :asalPerolehan, golongan = :golongan, jenis_bbm = :jenisBbm,
				  kapasitas_tangki = :kapasitasTangki, norma_km_per_liter = :normaKmPerLiter,
				  kuota_liter_bulanan = :kuotaLiterBulanan, kuota_rupiah_bulanan = :kuotaRupiahBulanan,
				  nip_pemegang = :nipPemegang, nama_pemegang = :namaPemegang, kondisi = :kondisi, status = :status,
				  jatuh_tempo_stnk = :jatuhTempoStnk, jatuh_tempo_pajak = :jatuhTempoPajak, diubah = :waktu
				WHERE id = :id""")
			.params(parameter(d))
			.param("waktu", Timestamp.from(waktu))
			.param("id", id)
			.update();
	}

	Optional<Kendaraan> cari(long id) {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.kendaraan WHERE id = ?").param(id).query(this::baris).optional();
	}

	Optional<Kendaraan> cariNomorPolisi(String nomorPolisi) {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.kendaraan WHERE nomor_polisi = ?")
			.param(nomorPolisi)
			.query(this::baris)
			.optional();
	}

	Optional<Long> idUntukTracker(String trackerId) {
		return jdbc.sql("SELECT id FROM armada.kendaraan WHERE tracker_id = ?").param(trackerId).query(Long.class).optional();
	}

	boolean trackerDipakaiLain(String trackerId, long kecualiId) {
		return jdbc.sql("SELECT count(*) FROM armada.kendaraan WHERE tracker_id = ? AND id <> ?")
			.params(trackerId, kecualiId)
			.query(Long.class)
			.single() > 0;
	}

	boolean nomorPolisiDipakaiLain(String nomorPolisi, long kecualiId) {
		return jdbc.sql("SELECT count(*) FROM armada.kendaraan WHERE nomor_polisi = ? AND id <> ?")
			.params(nomorPolisi, kecualiId)
			.query(Long.class)
			.single() > 0;
	}

	/** @param opdId null for every agency */
	public List<Kendaraan> daftar(Long opdId) {
		return jdbc.sql("SELECT " + KOLOM + " FROM armada.kendaraan WHERE (CAST(:opd AS bigint) IS NULL OR opd_id = :opd) ORDER BY nomor_polisi")
			.param("opd", opdId)
			.query(this::baris)
			.list();
	}

	private static java.util.Map<String, Object> parameter(DataKendaraan d) {
		var p = new java.util.HashMap<String, Object>();
		p.put("nomorPolisi", d.nomorPolisi());
		p.put("trackerId", d.trackerId());
		p.put("opdId", d.opdId());
		p.put("nomorRangka", d.nomorRangka());
		p.put("nomorMesin", d.nomorMesin());
		p.put("nomorBpkb", d.nomorBpkb());
		p.put("merek", d.merek());
		p.put("tipe", d.tipe());
		p.put("cc", d.cc());
		p.put("tahunPembuatan", d.tahunPembuatan());
		p.put("hargaPerolehan", d.hargaPerolehan());
		p.put("asalPerolehan", d.asalPerolehan());
		p.put("golongan", d.golongan().name());
		p.put("jenisBbm", d.jenisBbm().name());
		p.put("kapasitasTangki", d.kapasitasTangki());
		p.put("normaKmPerLiter", d.normaKmPerLiter());
		p.put("kuotaLiterBulanan", d.kuotaLiterBulanan());
		p.put("kuotaRupiahBulanan", d.kuotaRupiahBulanan());
		p.put("nipPemegang", d.nipPemegang());
		p.put("namaPemegang", d.namaPemegang());
		p.put("kondisi", d.kondisi().name());
		p.put("status", d.status().name());
		p.put("jatuhTempoStnk", d.jatuhTempoStnk());
		p.put("jatuhTempoPajak", d.jatuhTempoPajak());
		return p;
	}

	/** 45.00 reads back as 45, not 45.00 or 4.5E+1. */
	public static java.math.BigDecimal angka(java.math.BigDecimal x) {
		return x == null ? null : new java.math.BigDecimal(x.stripTrailingZeros().toPlainString());
	}

	private Kendaraan baris(ResultSet rs, int n) throws SQLException {
		var data = new DataKendaraan(rs.getString("nomor_polisi"), rs.getString("tracker_id"), rs.getLong("opd_id"),
				rs.getString("nomor_rangka"), rs.getString("nomor_mesin"), rs.getString("nomor_bpkb"), rs.getString("merek"),
				rs.getString("tipe"), rs.getObject("cc", Integer.class), rs.getObject("tahun_pembuatan", Integer.class),
				rs.getObject("harga_perolehan", Long.class), rs.getString("asal_perolehan"),
				GolonganKendaraan.valueOf(rs.getString("golongan")), JenisBbm.valueOf(rs.getString("jenis_bbm")),
				angka(rs.getBigDecimal("kapasitas_tangki")), angka(rs.getBigDecimal("norma_km_per_liter")),
				angka(rs.getBigDecimal("kuota_liter_bulanan")), rs.getObject("kuota_rupiah_bulanan", Long.class),
				rs.getString("nip_pemegang"), rs.getString("nama_pemegang"), KondisiKendaraan.valueOf(rs.getString("kondisi")),
				StatusKendaraan.valueOf(rs.getString("status")), rs.getObject("jatuh_tempo_stnk", LocalDate.class),
				rs.getObject("jatuh_tempo_pajak", LocalDate.class));
		return new Kendaraan(rs.getLong("id"), data, rs.getTimestamp("dibuat").toInstant(), rs.getTimestamp("diubah").toInstant());
	}
}
