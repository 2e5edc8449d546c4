package id.kotacerdas.sms.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbound log and the SMS codes of categories and kelurahan names. */
@Repository
class SmsRepository {

	/** A category's SMS code and the word the help reply shows for it. */
	record KodeKategori(String kode, String kategoriKode, String label) {
	}

	private final JdbcClient jdbc;

	SmsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean ada(String kunciHash) {
		return jdbc.sql("select exists (select 1 from sms.pesan_masuk where kunci_hash = :k)").param("k", kunciHash)
			.query(Boolean.class).single();
	}

	/** No message was ever received (the demo fills an empty log only). */
	boolean kosong() {
		return !jdbc.sql("select exists (select 1 from sms.pesan_masuk)").query(Boolean.class).single();
	}

	/** Stores an inbound message once; false when its key was stored already (a concurrent retry). */
	boolean catat(String kunciHash, PesanMasuk m, String hasil, String alasan, String nomorLaporan, Instant diterima) {
		return jdbc.sql("""
				insert into sms.pesan_masuk (kunci_hash, pengirim, teks, waktu_gateway, diterima_pada, hasil, alasan, nomor_laporan)
				values (:k, :pengirim, :teks, :waktu, :diterima, :hasil, :alasan, :nomor) on conflict (kunci_hash) do nothing""")
			.param("k", kunciHash).param("pengirim", m.pengirim()).param("teks", m.teks()).param("waktu", m.waktu())
			.param("diterima", Timestamp.from(diterima)).param("hasil", hasil).param("alasan", alasan).param("nomor", nomorLaporan)
			.update() == 1;
	}

	/** Help replies sent to a sender since a time. */
	int bantuanSejak(String pengirim, Instant sejak) {
		return jdbc.sql("select count(*) from sms.pesan_masuk where hasil = 'BANTUAN' and pengirim = :p and diterima_pada >= :sejak")
			.param("p", pengirim).param("sejak", Timestamp.from(sejak)).query(Integer.class).single();
	}

	List<KodeKategori> kodeKategori() {
		return jdbc.sql("select kode, kategori_kode, label from sms.kode_kategori order by kode")
			.query((rs, i) -> new KodeKategori(rs.getString(1), rs.getString(2), rs.getString(3))).list();
	}

	/** The words that start a follow-up, lower case. */
	Map<String, FormatSms.JenisPerintah> kataPerintah() {
		return jdbc.sql("select kata, perintah from sms.kata_perintah")
			.query((rs, i) -> Map.entry(rs.getString(1), FormatSms.JenisPerintah.valueOf(rs.getString(2)))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Map<String, String> aliasKelurahan() {
		return jdbc.sql("select alias, kelurahan_kode from sms.alias_kelurahan")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
