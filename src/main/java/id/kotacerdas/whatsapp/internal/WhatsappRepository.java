package id.kotacerdas.whatsapp.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.whatsapp.TranskripWhatsapp;

/** The module's SQL: inbound messages, conversations, transcripts and outbound messages with their statuses. */
@Repository
class WhatsappRepository {

	/** An inbound message as stored. */
	record PesanMasuk(long id, String wamid, String telepon, String jenis, String isi, Instant waktu, boolean diproses) {
	}

	/** A conversation row, locked for the transaction that reads it. */
	record Keadaan(String tahap, String draf, UUID sesi, String kunciPengajuan, String nomorTerakhir, Instant diperbarui) {
	}

	private final JdbcClient jdbc;

	WhatsappRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a message unless its id is known (a retry): answers the new row's id, or empty for a retry. */
	OptionalLong simpanMasuk(String wamid, String telepon, String jenis, String isi, Instant waktu, Instant diterima) {
		return jdbc.sql("""
				insert into whatsapp.pesan_masuk (wamid, telepon, jenis, isi, waktu, diterima)
				values (:wamid, :telepon, :jenis, cast(:isi as jsonb), :waktu, :diterima)
				on conflict (wamid) do nothing returning id
				""").param("wamid", wamid).param("telepon", telepon).param("jenis", jenis).param("isi", isi)
			.param("waktu", Timestamp.from(waktu)).param("diterima", Timestamp.from(diterima)).query(Long.class).optional()
			.map(OptionalLong::of).orElse(OptionalLong.empty());
	}

	Optional<PesanMasuk> masuk(long id) {
		return jdbc.sql("select id, wamid, telepon, jenis, isi::text as isi, waktu, diproses from whatsapp.pesan_masuk where id = :id")
			.param("id", id)
			.query((rs, i) -> new PesanMasuk(rs.getLong("id"), rs.getString("wamid"), rs.getString("telepon"), rs.getString("jenis"),
					rs.getString("isi"), rs.getTimestamp("waktu").toInstant(), rs.getTimestamp("diproses") != null))
			.optional();
	}

	boolean adaPesanMasuk() {
		return jdbc.sql("select exists (select 1 from whatsapp.pesan_masuk)").query(Boolean.class).single();
	}

	void tandaiDiproses(long id, Instant waktu) {
		jdbc.sql("update whatsapp.pesan_masuk set diproses = :waktu where id = :id").param("waktu", Timestamp.from(waktu)).param("id", id)
			.update();
	}

	/** When the number last wrote to us: the customer-service window runs 24 hours from then. */
	Optional<Instant> masukTerakhir(String telepon) {
		return jdbc.sql("select max(waktu) from whatsapp.pesan_masuk where telepon = :telepon").param("telepon", telepon)
			.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	/** The number's conversation, created when new, locked until the transaction ends: one message of a number at a time. */
	Keadaan kunci(String telepon, Instant sekarang) {
		jdbc.sql("insert into whatsapp.percakapan (telepon, tahap, diperbarui) values (:telepon, 'MULAI', :waktu) on conflict do nothing")
			.param("telepon", telepon).param("waktu", Timestamp.from(sekarang)).update();
		return jdbc.sql("""
				select tahap, draf::text as draf, sesi, kunci_pengajuan, nomor_terakhir, diperbarui
				from whatsapp.percakapan where telepon = :telepon for update
				""").param("telepon", telepon)
			.query((rs, i) -> new Keadaan(rs.getString("tahap"), rs.getString("draf"), rs.getObject("sesi", UUID.class),
					rs.getString("kunci_pengajuan"), rs.getString("nomor_terakhir"), rs.getTimestamp("diperbarui").toInstant()))
			.single();
	}

	void simpan(String telepon, String tahap, String draf, UUID sesi, String kunciPengajuan, Instant diperbarui) {
		jdbc.sql("""
				update whatsapp.percakapan set tahap = :tahap, draf = cast(:draf as jsonb), sesi = :sesi, kunci_pengajuan = :kunci,
				  diperbarui = :waktu where telepon = :telepon
				""").param("tahap", tahap).param("draf", draf).param("sesi", sesi).param("kunci", kunciPengajuan)
			.param("waktu", Timestamp.from(diperbarui)).param("telepon", telepon).update();
	}

	/** Filed: the session's transcript is the report's, the draft is gone, the number remembers the report. */
	void diajukan(String telepon, UUID sesi, String nomor) {
		jdbc.sql("update whatsapp.transkrip set nomor = :nomor where sesi = :sesi").param("nomor", nomor).param("sesi", sesi).update();
		jdbc.sql("""
				update whatsapp.percakapan set tahap = 'MULAI', draf = null, sesi = null, kunci_pengajuan = null, nomor_terakhir = :nomor
				where telepon = :telepon
				""").param("nomor", nomor).param("telepon", telepon).update();
	}

	void catatTranskrip(String telepon, UUID sesi, String nomor, boolean masuk, String teks, Instant waktu) {
		jdbc.sql("insert into whatsapp.transkrip (telepon, sesi, nomor, masuk, teks, waktu) values (:telepon, :sesi, :nomor, :masuk, :teks, :waktu)")
			.param("telepon", telepon).param("sesi", sesi).param("nomor", nomor).param("masuk", masuk).param("teks", teks)
			.param("waktu", Timestamp.from(waktu)).update();
	}

	List<TranskripWhatsapp.Baris> transkrip(String nomor) {
		return jdbc.sql("select masuk, teks, waktu from whatsapp.transkrip where nomor = :nomor order by id").param("nomor", nomor)
			.query((rs, i) -> new TranskripWhatsapp.Baris(rs.getBoolean("masuk"), rs.getString("teks"), rs.getTimestamp("waktu").toInstant())).list();
	}

	/**
	 * Drafts left before {@code batas} are dropped with the lines of their unfiled sessions; a
	 * conversation being filed is never touched.
	 */
	int sapuKedaluwarsa(Instant batas) {
		int n = jdbc.sql("""
				update whatsapp.percakapan set tahap = 'MULAI', draf = null, sesi = null
				where tahap not in ('MULAI', 'MENGAJUKAN') and diperbarui < :batas
				""").param("batas", Timestamp.from(batas)).update();
		jdbc.sql("""
				delete from whatsapp.transkrip t where t.nomor is null and t.waktu < :batas
				  and not exists (select 1 from whatsapp.percakapan c where c.sesi = t.sesi)
				""").param("batas", Timestamp.from(batas)).update();
		return n;
	}

	void catatKeluar(String wamid, String telepon, String jenis, Instant waktu, String galat) {
		jdbc.sql("""
				insert into whatsapp.pesan_keluar (wamid, telepon, jenis, dikirim, gagal, galat)
				values (:wamid, :telepon, :jenis, :waktu, :gagal, :galat)
				""").param("wamid", wamid).param("telepon", telepon).param("jenis", jenis).param("waktu", Timestamp.from(waktu))
			.param("gagal", galat == null ? null : Timestamp.from(waktu)).param("galat", galat).update();
	}

	/** A status webhook: each status keeps its first time, whatever order they arrive in; unknown statuses are ignored. */
	void statusKeluar(String wamid, String status, Instant waktu, String galat) {
		String kolom = switch (status) {
			case "sent" -> "terkirim";
			case "delivered" -> "sampai";
			case "read" -> "dibaca";
			case "failed" -> "gagal";
			default -> null;
		};
		if (kolom == null) {
			return;
		}
		jdbc.sql("update whatsapp.pesan_keluar set " + kolom + " = coalesce(" + kolom + ", :waktu), galat = coalesce(:galat, galat) where wamid = :wamid")
			.param("waktu", Timestamp.from(waktu)).param("galat", galat).param("wamid", wamid).update();
	}
}
