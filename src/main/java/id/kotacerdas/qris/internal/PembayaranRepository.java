package id.kotacerdas.qris.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.qris.NotifikasiPembayaran;

@Repository
class PembayaranRepository {

	record Tersimpan(long id, String sidikIsi) {
	}

	private final JdbcClient jdbc;

	PembayaranRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the notification unless the provider sent it before; the new row's id, or empty for a replay. */
	Optional<Long> simpan(String penyedia, NotifikasiPembayaran n, String sidikIsi, String isi) {
		return jdbc.sql("""
				insert into qris.notifikasi_pembayaran (penyedia, id_notifikasi, referensi, nominal, waktu_bayar, nmid, sidik_isi, isi)
				values (:penyedia, :id, :referensi, :nominal, :waktu, :nmid, :sidik, :isi)
				on conflict (penyedia, id_notifikasi) do nothing
				returning id""")
				.param("penyedia", penyedia).param("id", n.idNotifikasi()).param("referensi", n.referensi()).param("nominal", n.nominal())
				.param("waktu", java.sql.Timestamp.from(n.waktu())).param("nmid", n.nmid()).param("sidik", sidikIsi).param("isi", isi)
				.query(Long.class).optional();
	}

	Optional<Tersimpan> cari(String penyedia, String idNotifikasi) {
		return jdbc.sql("select id, sidik_isi from qris.notifikasi_pembayaran where penyedia = :penyedia and id_notifikasi = :id")
				.param("penyedia", penyedia).param("id", idNotifikasi).query((rs, i) -> new Tersimpan(rs.getLong(1), rs.getString(2))).optional();
	}

	int jumlah(String penyedia, String idNotifikasi) {
		return jdbc.sql("select count(*) from qris.notifikasi_pembayaran where penyedia = :penyedia and id_notifikasi = :id")
				.param("penyedia", penyedia).param("id", idNotifikasi).query(Integer.class).single();
	}
}
