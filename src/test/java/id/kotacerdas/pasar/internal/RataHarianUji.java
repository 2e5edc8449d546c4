package id.kotacerdas.pasar.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.pasar.internal.HargaRepository.KomoditasHari;

/** For tests that insert observations with SQL: brings the daily city averages up to date, as every price write does. */
final class RataHarianUji {

	private RataHarianUji() {
	}

	static void perbarui(JdbcClient jdbc, RataHarianRepository rataHarian, String petugas) {
		rataHarian.berubah(jdbc.sql("SELECT DISTINCT komoditas_id, tanggal FROM pasar.harga WHERE petugas = ?")
			.param(petugas)
			.query((rs, n) -> new KomoditasHari(rs.getLong("komoditas_id"), rs.getDate("tanggal").toLocalDate()))
			.list());
	}
}
