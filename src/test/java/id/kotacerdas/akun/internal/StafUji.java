package id.kotacerdas.akun.internal;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Peran;

/**
 * Test fixture for any module's tests: creates staff accounts and teams directly, with unique
 * names so tests sharing one database do not collide. Import with {@code @Import(StafUji.class)}
 * or autowire it in an {@code @IntegrationTest}.
 */
@Component
public class StafUji {

	public static final String SANDI = "sandi-uji-12345";

	private static final AtomicInteger URUT = new AtomicInteger();

	private final PenggunaRepository pengguna;

	private final TimRepository tim;

	private final DaftarOpd opd;

	private final PasswordEncoder encoder;

	StafUji(PenggunaRepository pengguna, TimRepository tim, DaftarOpd opd, PasswordEncoder encoder) {
		this.pengguna = pengguna;
		this.tim = tim;
		this.opd = opd;
		this.encoder = encoder;
	}

	public long opdId(String singkatan) {
		return opd.cariSingkatan(singkatan).orElseThrow().id();
	}

	/** The agency's default team (every agency has one from start-up). */
	public TimTrc timUtama(String singkatanOpd) {
		return tim.milikOpd(opdId(singkatanOpd)).stream().filter(TimTrc::utama).findFirst().orElseThrow();
	}

	@Transactional
	public TimTrc tim(String singkatanOpd, Set<String> wilayah) {
		long id = tim.tambah(opdId(singkatanOpd), "Tim uji " + URUT.incrementAndGet(), wilayah, false);
		return tim.cari(id).orElseThrow();
	}

	/** A new account with password {@link #SANDI}; returns its username. */
	@Transactional
	public String pengguna(Peran peran, String singkatanOpd, Long timId) {
		return penggunaOpd(peran, singkatanOpd == null ? null : opdId(singkatanOpd), timId);
	}

	/** The same for an agency without a short name (a kecamatan), by its id. */
	@Transactional
	public String penggunaOpd(Peran peran, Long opdId, Long timId) {
		String username = peran.name().toLowerCase().replace('_', '-') + "-" + URUT.incrementAndGet();
		pengguna.tambah(username, "Uji " + username, username + "@uji.invalid", encoder.encode(SANDI), peran, opdId, timId, null);
		return username;
	}

	/** A new account of the employee with this NIP (how the personnel records find their own). */
	@Transactional
	public String pegawai(Peran peran, String singkatanOpd, String nip) {
		String username = "pegawai-" + URUT.incrementAndGet();
		Long timId = peran == Peran.PETUGAS_TRC ? timUtama(singkatanOpd).id() : null;
		pengguna.tambah(username, "Uji " + username, username + "@uji.invalid", encoder.encode(SANDI), peran, opdId(singkatanOpd), timId, nip);
		return username;
	}

	public String petugasTrc(String singkatanOpd) {
		return pengguna(Peran.PETUGAS_TRC, singkatanOpd, timUtama(singkatanOpd).id());
	}

	public String adminOpd(String singkatanOpd) {
		return pengguna(Peran.ADMIN_OPD, singkatanOpd, null);
	}

	public String adminKominfo() {
		return pengguna(Peran.ADMIN_KOMINFO, null, null);
	}
}
