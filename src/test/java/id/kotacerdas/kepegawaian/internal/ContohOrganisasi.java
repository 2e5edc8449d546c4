package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.platform.Peran;

/**
 * A small tree of its own in an agency for each test (tests share one database): a head, a section
 * head reporting to them, and an executor reporting to the section head, each with an employee
 * account (password {@link StafUji#SANDI}).
 */
@Component
class ContohOrganisasi {

	static final LocalDate SEJAK = LocalDate.of(2020, 1, 2);

	private static final AtomicInteger URUT = new AtomicInteger();

	record Pohon(long opdId, long unitId, long jabatanKepala, long jabatanKasi, long jabatanPelaksana, Pegawai kepala, Pegawai kasi,
			Pegawai pelaksana, String akunKepala, String akunKasi, String akunPelaksana) {
	}

	private final OrganisasiRepository repo;

	private final RegisterPegawai register;

	private final StafUji staf;

	ContohOrganisasi(OrganisasiRepository repo, RegisterPegawai register, StafUji staf) {
		this.repo = repo;
		this.register = register;
		this.staf = staf;
	}

	@Transactional
	Pohon buat(String singkatanOpd) {
		long opdId = staf.opdId(singkatanOpd);
		Staf kominfo = new Staf(1, "uji", "Uji", "uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);
		Pegawai kepala = register.tambah(kominfo, ContohPegawai.pns(opdId));
		Pegawai kasi = register.tambah(kominfo, ContohPegawai.pns(opdId));
		Pegawai pelaksana = register.tambah(kominfo, ContohPegawai.pns(opdId));
		long unit = repo.tambahUnit(opdId, null, "Unit uji " + URUT.incrementAndGet() + "-" + System.nanoTime());
		long jKepala = repo.tambahJabatan(opdId, unit, "Kepala Bidang Uji", "1", "31", null);
		long jKasi = repo.tambahJabatan(opdId, unit, "Kepala Seksi Uji", "1", "41", jKepala);
		long jPelaksana = repo.tambahJabatan(opdId, unit, "Pengawas Kebersihan Uji", "4", "99", jKasi);
		repo.tambahPemangku(jKepala, kepala.id(), JenisPemangku.DEFINITIF, SEJAK, null, null);
		repo.tambahPemangku(jKasi, kasi.id(), JenisPemangku.DEFINITIF, SEJAK, null, null);
		repo.tambahPemangku(jPelaksana, pelaksana.id(), JenisPemangku.DEFINITIF, SEJAK, null, null);
		return new Pohon(opdId, unit, jKepala, jKasi, jPelaksana, kepala, kasi, pelaksana, staf.pegawai(Peran.PEGAWAI, singkatanOpd, kepala.nip()),
				staf.pegawai(Peran.PEGAWAI, singkatanOpd, kasi.nip()), staf.pegawai(Peran.PEGAWAI, singkatanOpd, pelaksana.nip()));
	}
}
