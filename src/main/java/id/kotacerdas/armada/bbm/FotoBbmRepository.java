package id.kotacerdas.armada.bbm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The odometer and receipt photos of purchases: which berkas each one is. */
@Repository
class FotoBbmRepository {

	private final JdbcClient jdbc;

	FotoBbmRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A purchase's photo: its berkas, or (stored before photos moved into the file store and not moved yet) its bytes. */
	record Foto(UUID berkasId, String tipeIsi, byte[] lama) {
	}

	Optional<Foto> cari(long pembelianId, FotoBbm.Jenis jenis) {
		return jdbc.sql("SELECT berkas_id, tipe_isi, isi FROM armada.foto_bbm WHERE pembelian_id = ? AND jenis = ?")
			.params(pembelianId, jenis.name())
			.query((rs, n) -> new Foto(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/**
	 * Sets the purchase's photo of this kind, replacing one there was.
	 *
	 * @return the replaced photo's berkas, to be forgotten
	 */
	Optional<UUID> simpan(long pembelianId, FotoBbm.Jenis jenis, UUID berkasId, String oleh, Instant waktu) {
		Optional<UUID> lama = jdbc.sql("SELECT berkas_id FROM armada.foto_bbm WHERE pembelian_id = ? AND jenis = ? FOR UPDATE")
			.params(pembelianId, jenis.name())
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap(b -> b);
		jdbc.sql("""
				INSERT INTO armada.foto_bbm (pembelian_id, jenis, berkas_id, diunggah_oleh, diunggah) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (pembelian_id, jenis) DO UPDATE SET berkas_id = excluded.berkas_id, tipe_isi = NULL, isi = NULL,
				  diunggah_oleh = excluded.diunggah_oleh, diunggah = excluded.diunggah""")
			.params(pembelianId, jenis.name(), berkasId, oleh, Timestamp.from(waktu))
			.update();
		return lama;
	}

	/** A photo still held in the table's own column, to be moved into the file store. */
	record FotoLama(long pembelianId, FotoBbm.Jenis jenis, String tipeIsi, byte[] isi, Instant diunggah) {
	}

	List<FotoLama> lama(int maks) {
		return jdbc.sql("""
				SELECT pembelian_id, jenis, tipe_isi, isi, diunggah FROM armada.foto_bbm WHERE berkas_id IS NULL
				ORDER BY pembelian_id, jenis LIMIT ?""")
			.params(maks)
			.query((rs, n) -> new FotoLama(rs.getLong(1), FotoBbm.Jenis.valueOf(rs.getString(2)), rs.getString(3), rs.getBytes(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Points the photo at its moved copy and empties its column; false when another instance moved it first. */
	boolean dipindah(long pembelianId, FotoBbm.Jenis jenis, UUID berkasId) {
		return jdbc.sql("""
				UPDATE armada.foto_bbm SET berkas_id = ?, tipe_isi = NULL, isi = NULL
				WHERE pembelian_id = ? AND jenis = ? AND berkas_id IS NULL""")
			.params(berkasId, pembelianId, jenis.name())
			.update() == 1;
	}
}
