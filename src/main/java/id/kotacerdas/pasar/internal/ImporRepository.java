package id.kotacerdas.pasar.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Uploaded price spreadsheets and the prices stored from them. */
@Repository
class ImporRepository {

	/** The enumerator's name under which imported prices are stored. */
	static final String PETUGAS_IMPOR = "impor";

	private final JdbcClient jdbc;

	private final RataHarianRepository rataHarian;

	ImporRepository(JdbcClient jdbc, RataHarianRepository rataHarian) {
		this.jdbc = jdbc;
		this.rataHarian = rataHarian;
	}

	record Berkas(long id, String namaBerkas, String sidik, byte[] isi, String pengguna, Instant dibuat, Instant diterapkan, Integer jumlah) {
	}

	long simpan(String namaBerkas, String sidik, byte[] isi, String pengguna, Instant waktu) {
		return jdbc.sql("INSERT INTO pasar.impor (nama_berkas, sidik, isi, pengguna, dibuat) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(namaBerkas, sidik, isi, pengguna, Timestamp.from(waktu))
			.query(Long.class)
			.single();
	}

	Optional<Berkas> cari(long id) {
		return jdbc.sql("SELECT * FROM pasar.impor WHERE id = ?").param(id).query(this::berkas).optional();
	}

	/** The upload, locked so that two clicks on "apply" run one after the other. */
	Optional<Berkas> cariUntukDiterapkan(long id) {
		return jdbc.sql("SELECT * FROM pasar.impor WHERE id = ? FOR UPDATE").param(id).query(this::berkas).optional();
	}

	void tandaiDiterapkan(long id, int jumlah, Instant waktu) {
		jdbc.sql("UPDATE pasar.impor SET diterapkan = ?, jumlah = ? WHERE id = ?").params(Timestamp.from(waktu), jumlah, id).update();
	}

	/** Key of an imported price: market, commodity, day. */
	record Kunci(long pasarId, long komoditasId, LocalDate tanggal) {
	}

	/** The imported prices already stored in the period, by key. */
	Map<Kunci, Long> tersimpan(LocalDate dari, LocalDate sampai) {
		Map<Kunci, Long> hasil = new HashMap<>();
		jdbc.sql("SELECT pasar_id, komoditas_id, tanggal, harga FROM pasar.harga WHERE petugas = ? AND tanggal BETWEEN ? AND ?")
			.params(PETUGAS_IMPOR, Date.valueOf(dari), Date.valueOf(sampai))
			.query((ResultSet rs) -> {
				hasil.put(new Kunci(rs.getLong("pasar_id"), rs.getLong("komoditas_id"), rs.getDate("tanggal").toLocalDate()), rs.getLong("harga"));
			});
		return hasil;
	}

	/** One price to store from a spreadsheet. */
	record Baru(Kunci kunci, long harga, String asal) {
	}

	/** Stores the prices in one statement; a key stored meanwhile is left as it is. */
	@Transactional
	int tambah(long imporId, List<Baru> baru, Instant waktu) {
		Timestamp t = Timestamp.from(waktu);
		// positional: named parameters would expand an array into a list
		int jumlah = jdbc.sql("""
				INSERT INTO pasar.harga (pasar_id, komoditas_id, tanggal, petugas, harga, asal, ditandai, dibuat, diubah, impor_id)
				SELECT p, k, t, ?, h, a, false, ?, ?, ?
				FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::bigint[], ?::text[]) AS b(p, k, t, h, a)
				ON CONFLICT (pasar_id, komoditas_id, tanggal, petugas) DO NOTHING""")
			.params(PETUGAS_IMPOR, t, t, imporId, baru.stream().map(b -> b.kunci().pasarId()).toArray(Long[]::new),
					baru.stream().map(b -> b.kunci().komoditasId()).toArray(Long[]::new),
					baru.stream().map(b -> b.kunci().tanggal().toString()).toArray(String[]::new),
					baru.stream().map(Baru::harga).toArray(Long[]::new), baru.stream().map(Baru::asal).toArray(String[]::new))
			.update();
		rataHarian.berubah(baru.stream().map(b -> new HargaRepository.KomoditasHari(b.kunci().komoditasId(), b.kunci().tanggal())).toList());
		return jumlah;
	}

	private Berkas berkas(ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp diterapkan = rs.getTimestamp("diterapkan");
		return new Berkas(rs.getLong("id"), rs.getString("nama_berkas"), rs.getString("sidik"), rs.getBytes("isi"), rs.getString("pengguna"),
				rs.getTimestamp("dibuat").toInstant(), diterapkan == null ? null : diterapkan.toInstant(), rs.getObject("jumlah", Integer.class));
	}
}
