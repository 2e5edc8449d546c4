package id.kotacerdas.akun.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Peran;

/**
 * A few accounts for a first look ({@code --demo}): one per role, around the environment agency
 * (DLHK) and its team for Kecamatan Oebobo. Never active in production.
 */
@Component
@Profile("demo")
class DataDemo {

	static final String SANDI = "demo-kupang-2026";

	private static final Logger log = LoggerFactory.getLogger(DataDemo.class);

	private final PenggunaRepository pengguna;

	private final TimRepository tim;

	private final DaftarOpd opd;

	private final PasswordEncoder encoder;

	DataDemo(PenggunaRepository pengguna, TimRepository tim, DaftarOpd opd,
			PasswordEncoder encoder) {
		this.pengguna = pengguna;
		this.tim = tim;
		this.opd = opd;
		this.encoder = encoder;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	@Transactional
	public void isi() {
		if (pengguna.cariUsername("kominfo").isPresent()) {
			return;
		}
		Opd dlhk = opd.cariSingkatan("DLHK").orElseThrow();
		long timOebobo = tim.tambah(dlhk.id(), "TRC DLHK Oebobo", Set.of("53.71.04"), false);
		Long timUtama = tim.milikOpd(dlhk.id()).stream().filter(TimTrc::utama).map(TimTrc::id).findFirst().orElse(timOebobo);
		String hash = encoder.encode(SANDI);
		pengguna.tambah("kominfo", "Admin Kominfo", "kominfo@demo.invalid", hash, Peran.ADMIN_KOMINFO, null, null, null);
		pengguna.tambah("dlhk", "Kepala DLHK", "dlhk@demo.invalid", hash, Peran.ADMIN_OPD, dlhk.id(), null, "197805142005011003");
		pengguna.tambah("trc.dlhk", "Petugas TRC DLHK", "trc.dlhk@demo.invalid", hash, Peran.PETUGAS_TRC, dlhk.id(), timUtama, null);
		pengguna.tambah("trc.oebobo", "Petugas TRC DLHK Oebobo", "trc.oebobo@demo.invalid", hash, Peran.PETUGAS_TRC, dlhk.id(), timOebobo, null);
		// a second agency's officer, so the demo shows how agencies see only their own reports
		Opd pupr = opd.cariSingkatan("PUPR").orElseThrow();
		Long timPupr = tim.milikOpd(pupr.id()).stream().filter(TimTrc::utama).map(TimTrc::id).findFirst().orElseThrow();
		pengguna.tambah("trc.pupr", "Petugas TRC PUPR", "trc.pupr@demo.invalid", hash, Peran.PETUGAS_TRC, pupr.id(), timPupr, null);
		pengguna.tambah("walikota", "Pimpinan Kota", "pimpinan@demo.invalid", hash, Peran.PIMPINAN, null, null, null);
		// the personnel agency's administrator, who keeps the employee records (kepegawaian)
		Opd bkppd = opd.cariSingkatan("BKPPD").orElseThrow();
		pengguna.tambah("bkppd", "Admin Kepegawaian BKPPD", "bkppd@demo.invalid", hash, Peran.ADMIN_OPD, bkppd.id(), null, "198203172006042002");
		// an ordinary employee of DLHK (kepegawaian's demo record of that NIP), who files daily work reports to the head
		pengguna.tambah("pegawai.dlhk", "Yeskiel Nitbani", "pegawai.dlhk@demo.invalid", hash, Peran.PEGAWAI, dlhk.id(), null,
				"199008212014031004");
		// an enumerator of the market agency (pasar), who records the day's prices from a phone
		Opd perindag = opd.cariSingkatan("Perindag").orElseThrow();
		Long timPerindag = tim.milikOpd(perindag.id()).stream().filter(TimTrc::utama).map(TimTrc::id).findFirst().orElseThrow();
		pengguna.tambah("petugas.pasar", "Petugas Pasar Perindag", "petugas.pasar@demo.invalid", hash, Peran.PETUGAS_TRC, perindag.id(), timPerindag, null);
		// the cooperatives and SME agency's administrator, who verifies UMKM registrations (umkm)
		Opd koperasi = opd.cariSingkatan("Dinas Koperasi dan UKM").orElseThrow();
		pengguna.tambah("koperasi", "Admin Dinas Koperasi dan UKM", "koperasi@demo.invalid", hash, Peran.ADMIN_OPD, koperasi.id(), null, null);
		log.warn("Demo accounts kominfo, dlhk, trc.dlhk, trc.oebobo, trc.pupr, walikota, bkppd, pegawai.dlhk, petugas.pasar, koperasi created with password '{}'", SANDI);
	}

	/**
	 * The public-service desks of the service catalogue (layanan): Kelurahan Naikoten II's front
	 * office and the head of Kecamatan Kota Raja (a kelurahan is a unit of its kecamatan's agency),
	 * and the agencies of the Si Pejuang building-approval chain (DPMPTSP, Bapenda; PUPR has trc.pupr).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(101)
	@Transactional
	public void isiLayanan() {
		if (pengguna.cariUsername("kelurahan.naikoten2").isPresent()) {
			return;
		}
		Opd kotaRaja = opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElseThrow();
		Opd dpmptsp = opd.cariSingkatan("DPMPTSP").orElseThrow();
		Opd bapenda = opd.cariSingkatan("Bapenda").orElseThrow();
		String hash = encoder.encode(SANDI);
		pengguna.tambah("kelurahan.naikoten2", "Front Office Kelurahan Naikoten II", "naikoten2@demo.invalid", hash, Peran.PETUGAS_TRC,
				kotaRaja.id(), timUtama(kotaRaja), null);
		pengguna.tambah("camat.kotaraja", "Camat Kota Raja", "camat.kotaraja@demo.invalid", hash, Peran.ADMIN_OPD, kotaRaja.id(), null, null);
		pengguna.tambah("dpmptsp", "Kepala DPMPTSP", "dpmptsp@demo.invalid", hash, Peran.ADMIN_OPD, dpmptsp.id(), null, null);
		pengguna.tambah("bapenda", "Petugas Retribusi Bapenda", "bapenda@demo.invalid", hash, Peran.PETUGAS_TRC, bapenda.id(), timUtama(bapenda),
				null);
		log.warn("Demo accounts kelurahan.naikoten2, camat.kotaraja, dpmptsp, bapenda created with password '{}'", SANDI);
	}

	/** A Dishub officer for the street lights (pju): answers "lampu jalan mati" complaints and walks night patrols. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(102)
	@Transactional
	public void isiPju() {
		if (pengguna.cariUsername("trc.dishub").isPresent()) {
			return;
		}
		Opd dishub = opd.cariSingkatan("Dishub").orElseThrow();
		pengguna.tambah("trc.dishub", "Petugas TRC Dishub", "trc.dishub@demo.invalid", encoder.encode(SANDI), Peran.PETUGAS_TRC, dishub.id(),
				timUtama(dishub), null);
		log.warn("Demo account trc.dishub created with password '{}'", SANDI);
	}

	private Long timUtama(Opd o) {
		return tim.milikOpd(o.id()).stream().filter(TimTrc::utama).map(TimTrc::id).findFirst().orElseThrow();
	}
}
