package id.kotacerdas.pengaduan;


import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Staff and teams for the module's integration and browser tests (rows inserted with SQL); images are in {@code GambarUji}. */
public final class DataUjiPengaduan {

	public static final String SANDI = "sandi-uji-123";

	private DataUjiPengaduan() {
	}

	/** A kelurahan whose centroid lies inside itself, so a pin there routes to it. */
	public static Kelurahan kelurahan(Wilayah wilayah, int ke) {
		return wilayah.kelurahan().stream()
			.filter(k -> wilayah.temukan(k.lat(), k.lon()).map(Kelurahan::kode).filter(k.kode()::equals).isPresent())
			.skip(ke)
			.findFirst()
			.orElseThrow();
	}

	public static long opd(DaftarOpd daftar, String singkatan) {
		return daftar.cariSingkatan(singkatan).orElseThrow().id();
	}

	/** A TRC team of the agency covering the kecamatan (created once, by name). */
	public static long tim(JdbcClient jdbc, long opdId, String nama, String wilayah, boolean utama) {
		if (utama) {
			var ada = jdbc.sql("select id from akun.tim where opd_id = ? and utama").param(opdId).query(Long.class).optional();
			if (ada.isPresent()) {
				return ada.get();
			}
		}
		long id = jdbc.sql("""
				insert into akun.tim (opd_id, nama, wilayah, utama) values (:opd, :nama, :wilayah::text[], :utama)
				on conflict (opd_id, nama) do update set wilayah = excluded.wilayah returning id""")
			.param("opd", opdId).param("nama", nama).param("wilayah", "{" + wilayah + "}").param("utama", utama)
			.query(Long.class).single();
		tungguSiaran();
		return id;
	}

	/**
	 * Rows written here with SQL reach the application's in-memory teams through its {@code LISTEN} connection
	 * (a trigger's {@code NOTIFY}), a few milliseconds after the commit: wait for that before routing a filing.
	 */
	private static void tungguSiaran() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static void pengguna(JdbcClient jdbc, String username, String peran, Long opdId, Long timId) {
		jdbc.sql("""
				insert into akun.pengguna (username, nama, email, kata_sandi, peran, opd_id, tim_id)
				values (:u, :u, :e, :s, :peran, :opd, :tim) on conflict (username) do nothing""")
			.param("u", username).param("e", username + "@kupangkota.go.id").param("s", "{noop}" + SANDI)
			.param("peran", peran).param("opd", opdId).param("tim", timId)
			.update();
	}
}
