package id.kotacerdas.pasar.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Observations read for exports and the JSON API, and the city's daily averages. */
@Repository
class ObservasiRepository {

	private static final String SARINGAN = """
			FROM pasar.harga h JOIN pasar.pasar p ON p.id = h.pasar_id JOIN pasar.komoditas k ON k.id = h.komoditas_id
			WHERE h.tanggal BETWEEN :dari AND :sampai
			  AND (CAST(:pasar AS bigint) IS NULL OR h.pasar_id = :pasar)
			  AND (CAST(:komoditas AS bigint) IS NULL OR h.komoditas_id = :komoditas)""";

	private final JdbcClient jdbc;

	ObservasiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One observation as staff read it. {@code petugas} is the enumerator's user name, or
	 * {@code impor} for a price from an imported spreadsheet.
	 */
	record Baris(LocalDate tanggal, String pasar, String komoditas, String varian, String satuan, long harga, String asal,
			String petugas, boolean ditandai) {

		String namaKomoditas() {
			return Komoditas.namaLengkap(komoditas, varian);
		}
	}

	/** Oldest first, then by market and the commodities' order; {@code batas} rows from {@code lewati}. */
	List<Baris> cari(SaringanHarga s, int lewati, int batas) {
		return jdbc.sql("SELECT h.tanggal, p.nama AS pasar, k.nama, k.varian, k.satuan, h.harga, h.asal, h.petugas, h.ditandai " + SARINGAN
				+ " ORDER BY h.tanggal, p.nama, k.urutan, k.id, h.id LIMIT :batas OFFSET :lewati")
			.param("dari", Date.valueOf(s.dari()))
			.param("sampai", Date.valueOf(s.sampai()))
			.param("pasar", s.pasarId())
			.param("komoditas", s.komoditasId())
			.param("batas", batas)
			.param("lewati", lewati)
			.query((rs, n) -> new Baris(rs.getDate("tanggal").toLocalDate(), rs.getString("pasar"), rs.getString("nama"),
					rs.getString("varian"), rs.getString("satuan"), rs.getLong("harga"), rs.getString("asal"), rs.getString("petugas"),
					rs.getBoolean("ditandai")))
			.list();
	}

	/** How many observations match, counted no further than {@code batas}. */
	long hitung(SaringanHarga s, long batas) {
		return jdbc.sql("SELECT count(*) FROM (SELECT 1 " + SARINGAN + " LIMIT :batas) x")
			.param("dari", Date.valueOf(s.dari()))
			.param("sampai", Date.valueOf(s.sampai()))
			.param("pasar", s.pasarId())
			.param("komoditas", s.komoditasId())
			.param("batas", batas)
			.query(Long.class)
			.single();
	}

	/** The city's average of a commodity on a day: the mean of the markets' means, as on the board. */
	record RataRataKota(LocalDate tanggal, String komoditas, String varian, String satuan, long harga, int jumlahPasar) {

		String namaKomoditas() {
			return Komoditas.namaLengkap(komoditas, varian);
		}
	}

	List<RataRataKota> rataRataKota(SaringanHarga s) {
		return jdbc.sql("""
				WITH per_pasar AS (
				  SELECT h.pasar_id, h.komoditas_id, h.tanggal, avg(h.harga) AS harga
				""" + SARINGAN + """

				  GROUP BY h.pasar_id, h.komoditas_id, h.tanggal)
				SELECT pp.tanggal, k.nama, k.varian, k.satuan, round(avg(pp.harga))::bigint AS harga, count(*) AS jumlah
				FROM per_pasar pp JOIN pasar.komoditas k ON k.id = pp.komoditas_id
				GROUP BY pp.tanggal, k.id, k.nama, k.varian, k.satuan, k.urutan
				ORDER BY pp.tanggal, k.urutan, k.id""")
			.param("dari", Date.valueOf(s.dari()))
			.param("sampai", Date.valueOf(s.sampai()))
			.param("pasar", s.pasarId())
			.param("komoditas", s.komoditasId())
			.query((rs, n) -> new RataRataKota(rs.getDate("tanggal").toLocalDate(), rs.getString("nama"), rs.getString("varian"),
					rs.getString("satuan"), rs.getLong("harga"), rs.getInt("jumlah")))
			.list();
	}
}
