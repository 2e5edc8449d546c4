package id.kotacerdas.notifikasi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.notifikasi.Percobaan;
import id.kotacerdas.notifikasi.StatusPesan;

/**
 * The outbox table and its delivery record. Rows are taken with {@code for update skip locked},
 * so several instances share the queue without sending anything twice.
 */
@Repository
class KotakKeluar {

	/** A message due for an attempt. */
	record Antrean(long id, String saluran, String tujuan, String templat, String parameter, String bahasa, int percobaan) {
	}

	/** What a message is rendered from, while it still waits. */
	record Bahan(String templat, String parameter, String bahasa) {
	}

	/** How much of an error the delivery record keeps. */
	static final int PANJANG_GALAT = 500;

	private final JdbcClient jdbc;

	KotakKeluar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long tambah(String saluran, String tujuan, String templat, String parameter, Locale bahasa, Instant sekarang) {
		return jdbc.sql("""
				insert into notifikasi.kotak_keluar (saluran, tujuan, templat, parameter, bahasa, dibuat, berikutnya)
				values (:saluran, :tujuan, :templat, cast(:parameter as jsonb), :bahasa, :sekarang, :sekarang) returning id""")
			.param("saluran", saluran).param("tujuan", tujuan).param("templat", templat).param("parameter", parameter)
			.param("bahasa", bahasa.toLanguageTag()).param("sekarang", Timestamp.from(sekarang))
			.query(Long.class).single();
	}

	/** Deletes messages still undelivered that were queued before {@code batas}; answers how many. */
	int hapusBelumTerkirimSebelum(Instant batas) {
		return jdbc.sql("delete from notifikasi.kotak_keluar where terkirim is null and dibuat < :batas")
			.param("batas", Timestamp.from(batas)).update();
	}

	/**
	 * Locks up to {@code maks} due messages on the given channels (to one recipient, unless
	 * {@code tujuan} is null); rows another instance holds are skipped.
	 */
	List<Antrean> ambilJatuhWaktu(Instant sekarang, Collection<String> saluran, String tujuan, int maks) {
		return jdbc.sql("""
				select id, saluran, tujuan, templat, parameter::text as parameter, bahasa, percobaan from notifikasi.kotak_keluar
				where terkirim is null and berikutnya <= :sekarang and saluran in (:saluran)
				  and (cast(:tujuan as text) is null or tujuan = :tujuan)
				order by id limit :maks for update skip locked""")
			.param("sekarang", Timestamp.from(sekarang)).param("saluran", saluran).param("tujuan", tujuan).param("maks", maks)
			.query(Antrean.class).list();
	}

	/** Delivered: its parameters (a private link among them, perhaps) are not kept. */
	void tandaiTerkirim(long id, Instant waktu, String saluran) {
		jdbc.sql("update notifikasi.kotak_keluar set terkirim = :t, percobaan = percobaan + 1, parameter = null where id = :id")
			.param("t", Timestamp.from(waktu)).param("id", id).update();
		catat(id, waktu, saluran, null);
	}

	void tandaiGagal(long id, Instant waktu, String saluran, Instant berikutnya, String galat) {
		jdbc.sql("update notifikasi.kotak_keluar set percobaan = percobaan + 1, berikutnya = :b where id = :id")
			.param("b", Timestamp.from(berikutnya)).param("id", id).update();
		catat(id, waktu, saluran, galat.substring(0, Math.min(PANJANG_GALAT, galat.length())));
	}

	private void catat(long id, Instant waktu, String saluran, String galat) {
		jdbc.sql("""
				insert into notifikasi.percobaan (pesan_id, waktu, saluran, berhasil, galat)
				values (:id, :waktu, :saluran, :berhasil, :galat)""")
			.param("id", id).param("waktu", Timestamp.from(waktu)).param("saluran", saluran).param("berhasil", galat == null)
			.param("galat", galat).update();
	}

	Optional<Bahan> bahan(long id) {
		return jdbc.sql("select templat, parameter::text as parameter, bahasa from notifikasi.kotak_keluar where id = ? and parameter is not null")
			.param(id).query(Bahan.class).optional();
	}

	Optional<StatusPesan> status(long id) {
		return baca("k.id = :id", Map.of("id", id)).stream().findFirst();
	}

	List<StatusPesan> untuk(String saluran, String tujuan) {
		return baca("k.saluran = :saluran and k.tujuan = :tujuan", Map.of("saluran", saluran, "tujuan", tujuan));
	}

	private record Baris(long id, String saluran, String tujuan, String templat, String bahasa, Instant dibuat, Instant berikutnya,
			int percobaan, Instant terkirim) {
	}

	private List<StatusPesan> baca(String syarat, Map<String, ?> parameter) {
		List<Baris> pesan = jdbc.sql("""
				select k.id, k.saluran, k.tujuan, k.templat, k.bahasa, k.dibuat, k.berikutnya, k.percobaan, k.terkirim
				from notifikasi.kotak_keluar k where %s order by k.id""".formatted(syarat))
			.params(parameter)
			.query((rs, i) -> new Baris(rs.getLong("id"), rs.getString("saluran"), rs.getString("tujuan"), rs.getString("templat"),
					rs.getString("bahasa"), waktu(rs, "dibuat"), waktu(rs, "berikutnya"), rs.getInt("percobaan"), waktu(rs, "terkirim")))
			.list();
		if (pesan.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Percobaan>> riwayat = jdbc.sql("""
				select pesan_id, waktu, saluran, berhasil, galat from notifikasi.percobaan where pesan_id in (:id) order by id""")
			.param("id", pesan.stream().map(Baris::id).toList())
			.query((rs, i) -> Map.entry(rs.getLong("pesan_id"),
					new Percobaan(waktu(rs, "waktu"), rs.getString("saluran"), rs.getBoolean("berhasil"), rs.getString("galat"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return pesan.stream()
			.map(b -> new StatusPesan(b.id(), b.saluran(), b.tujuan(), b.templat(), Locale.forLanguageTag(b.bahasa()), b.dibuat(),
					b.berikutnya(), b.percobaan(), b.terkirim(), riwayat.getOrDefault(b.id(), List.of())))
			.toList();
	}

	private static Instant waktu(ResultSet rs, String kolom) throws SQLException {
		Timestamp t = rs.getTimestamp(kolom);
		return t == null ? null : t.toInstant();
	}
}
