package id.kotacerdas.armada.bbm;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The odometer and receipt photos of a purchase: JPEG or PNG, recognised by content, at most 5 MB. */
@Service
class FotoBbm {

	static final int UKURAN_MAKS = 5 * 1024 * 1024;

	enum Jenis {
		ODOMETER, STRUK
	}

	record Foto(String tipeIsi, byte[] isi) {
	}

	private final JdbcClient jdbc;

	private final RegisterKendaraan register;

	private final PembelianBbmRepository pembelian;

	private final AuditLog audit;

	private final Clock clock;

	FotoBbm(JdbcClient jdbc, RegisterKendaraan register, PembelianBbmRepository pembelian, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.register = register;
		this.pembelian = pembelian;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void simpan(Staf staf, long kendaraanId, long pembelianId, Jenis jenis, byte[] isi) {
		Kendaraan k = periksaPembelian(staf, kendaraanId, pembelianId);
		if (!staf.berwenangAtas(k.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "armada.tidak-berwenang");
		}
		String tipe = tipeIsi(isi).orElseThrow(() -> new PermintaanDitolakException("armada.foto.bukan-gambar"));
		if (isi.length > UKURAN_MAKS) {
			throw new PermintaanDitolakException("armada.foto.terlalu-besar");
		}
		jdbc.sql("""
				INSERT INTO armada.foto_bbm (pembelian_id, jenis, tipe_isi, isi, diunggah_oleh, diunggah) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (pembelian_id, jenis) DO UPDATE SET tipe_isi = excluded.tipe_isi, isi = excluded.isi,
				  diunggah_oleh = excluded.diunggah_oleh, diunggah = excluded.diunggah""")
			.params(pembelianId, jenis.name(), tipe, isi, staf.username(), Timestamp.from(clock.instant()))
			.update();
		audit.catat("bbm.foto", "pembelian-bbm", String.valueOf(pembelianId), null,
				Map.of("jenis", jenis.name(), "tipeIsi", tipe, "ukuran", isi.length));
	}

	Foto baca(Staf staf, long kendaraanId, long pembelianId, Jenis jenis) {
		periksaPembelian(staf, kendaraanId, pembelianId);
		return jdbc.sql("SELECT tipe_isi, isi FROM armada.foto_bbm WHERE pembelian_id = ? AND jenis = ?")
			.params(pembelianId, jenis.name())
			.query((rs, n) -> new Foto(rs.getString(1), rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("armada.foto.tidak-ada"));
	}

	private Kendaraan periksaPembelian(Staf staf, long kendaraanId, long pembelianId) {
		Kendaraan k = register.lihat(staf, kendaraanId);
		pembelian.cari(pembelianId)
			.filter(p -> p.kendaraanId() == kendaraanId)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("armada.bbm.tidak-ada", pembelianId));
		return k;
	}

	/** By the file's first bytes, not by what the client claims. */
	static Optional<String> tipeIsi(byte[] isi) {
		if (isi.length > 3 && (isi[0] & 0xff) == 0xFF && (isi[1] & 0xff) == 0xD8 && (isi[2] & 0xff) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		if (isi.length > png.length && Arrays.equals(Arrays.copyOf(isi, png.length), png)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}
}
