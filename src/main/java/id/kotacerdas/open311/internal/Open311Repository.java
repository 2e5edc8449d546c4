package id.kotacerdas.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.TampunganTransaksi;

/** What only Open311 knows: the discovery changeset, who filed a request with which media URL, citizens' updates. */
@Repository
class Open311Repository {

	private final JdbcClient jdbc;

	Open311Repository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the fingerprint with {@code waktu} if it differs from the stored one; answers the time of the stored one. */
	Instant changeset(String sidik, Instant waktu) {
		jdbc.sql("""
				insert into open311.changeset (id, sidik, waktu) values (1, :sidik, :waktu)
				on conflict (id) do update set sidik = excluded.sidik, waktu = excluded.waktu
				where open311.changeset.sidik <> excluded.sidik""")
			.param("sidik", sidik).param("waktu", Timestamp.from(waktu))
			.update();
		return jdbc.sql("select waktu from open311.changeset where id = 1").query(Timestamp.class).single().toInstant();
	}

	private record Permintaan(String nomor, long kunciId, String mediaUrl, Instant dibuat) {
	}

	/** The rows of one transaction, written just before it commits: a group commit of many filings writes them at once. */
	private final TampunganTransaksi<Permintaan> permintaan = new TampunganTransaksi<>(this::tulisPermintaan);

	/** Who filed report {@code nomor}: written with the report, in its transaction. */
	void tambahPermintaan(String nomor, long kunciId, String mediaUrl, Instant dibuat) {
		permintaan.tambah(new Permintaan(nomor, kunciId, mediaUrl, dibuat));
	}

	private void tulisPermintaan(List<Permintaan> baris) {
		jdbc.sql("""
				insert into open311.permintaan (nomor, kunci_id, media_url, dibuat)
				select * from unnest(:nomor::varchar[], :kunci::bigint[], :media::varchar[], :dibuat::timestamptz[])""")
			.param("nomor", baris.stream().map(Permintaan::nomor).toArray(String[]::new))
			.param("kunci", baris.stream().map(Permintaan::kunciId).toArray(Long[]::new))
			.param("media", baris.stream().map(Permintaan::mediaUrl).toArray(String[]::new))
			.param("dibuat", baris.stream().map(b -> Timestamp.from(b.dibuat())).toArray(Timestamp[]::new))
			.update();
	}

	/** Media URLs by tracking number, for those of {@code nomor} that have one. */
	Map<String, String> mediaUrl(List<String> nomor) {
		Map<String, String> hasil = new HashMap<>();
		if (!nomor.isEmpty()) {
			jdbc.sql("select nomor, media_url from open311.permintaan where media_url is not null and nomor in (:nomor)")
				.param("nomor", nomor)
				.query(rs -> {
					hasil.put(rs.getString("nomor"), rs.getString("media_url"));
				});
		}
		return hasil;
	}

	/** Our id of the update a client already sent with this {@code update_id}. */
	Optional<Long> pembaruanWarga(long kunciId, String updateIdKlien) {
		return jdbc.sql("select id from open311.pembaruan_warga where kunci_id = :kunci and update_id_klien = :klien")
			.param("kunci", kunciId).param("klien", updateIdKlien).query(Long.class).optional();
	}

	long tambahPembaruanWarga(long kunciId, String nomor, String updateIdKlien, Instant dibuat) {
		return jdbc.sql("""
				insert into open311.pembaruan_warga (kunci_id, nomor, update_id_klien, dibuat)
				values (:kunci, :nomor, :klien, :dibuat) returning id""")
			.param("kunci", kunciId).param("nomor", nomor).param("klien", updateIdKlien)
			.param("dibuat", Timestamp.from(dibuat))
			.query(Long.class).single();
	}
}
