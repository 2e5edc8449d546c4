package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

@IntegrationTest
class RegisterPegawaiTests {

	@Autowired
	RegisterPegawai register;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	JdbcClient jdbc;

	private long opd(String singkatan) {
		return daftarOpd.cariSingkatan(singkatan).orElseThrow().id();
	}

	private Staf staf(Peran peran, String singkatanOpd, String nip) {
		return new Staf(1, "uji", "Uji", "uji@uji.invalid", peran, singkatanOpd == null ? null : opd(singkatanOpd), null,
				nip == null ? null : Nip.dari(nip), true);
	}

	private Staf kominfo() {
		return staf(Peran.ADMIN_KOMINFO, null, null);
	}

	private long jumlah() {
		return jdbc.sql("SELECT count(*) FROM kepegawaian.pegawai").query(Long.class).single();
	}

	@Test
	void aConsistentRecordIsStoredAndAudited() {
		FormulirPegawai f = ContohPegawai.pns(opd("PUPR"));
		Pegawai p = register.tambah(staf(Peran.ADMIN_OPD, "BKPPD", null), f);
		assertThat(p.nip()).isEqualTo(f.getNip());
		assertThat(p.namaLengkap()).isEqualTo(f.getNama() + ", S.T.");
		assertThat(p.masaKerja(LocalDate.of(2026, 11, 30)).getYears()).isEqualTo(16);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = 'pegawai.dibuat' AND id_objek = ?")
			.param(String.valueOf(p.id())).query(Long.class).single()).isEqualTo(1);

		f.setStatusKawin("1");
		register.ubah(kominfo(), p.id(), f);
		assertThat(register.lihat(kominfo(), p.id()).statusKawin()).isEqualTo("1");
		assertThat(jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = 'pegawai.diubah' AND id_objek = ?")
			.param(String.valueOf(p.id())).query(Long.class).single()).isEqualTo(1);
	}

	/** Each inconsistency is refused under its field, and nothing is stored. */
	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"birth date differs from NIP digits 1-8, lahir, nip, kepegawaian.nip.lahir-beda",
			"sex differs from NIP digit 15, kelamin, nip, kepegawaian.nip.kelamin-beda",
			"CPNS month differs from NIP digits 9-14, tmt, tmtCpns, kepegawaian.nip.tmt-beda",
			"NIK with day 32, nik, nik, kepegawaian.nik.tidak-sah",
			"structural position without echelon, struktural, eselon, kepegawaian.eselon.wajib",
			"functional position with an echelon, eselon, eselon, kepegawaian.eselon.hanya-struktural",
			"PPPK with a PNS decree and a PNS rank, pppk, tmtPns, kepegawaian.tmt-pns.bukan-pns",
			"PPPK with a PNS rank, pppk, golongan, kepegawaian.pilihan-tidak-ada",
			"religion not in the list, agama, agama, kepegawaian.pilihan-tidak-ada" })
	void anInconsistentRecordIsRefusedUnderItsField(String keterangan, String ubahan, String isian, String kode) {
		FormulirPegawai f = ContohPegawai.pns(opd("PUPR"));
		switch (ubahan) {
			case "lahir" -> f.setTanggalLahir(ContohPegawai.LAHIR.plusDays(1));
			case "kelamin" -> f.setJenisKelamin("2");
			case "tmt" -> f.setTmtCpns(LocalDate.of(2010, 2, 1));
			case "nik" -> f.setNik("5371043206850001");
			case "struktural" -> f.setJenisJabatan("1");
			case "eselon" -> f.setEselon("41");
			case "pppk" -> f.setJenisPegawai("PPPK");
			case "agama" -> f.setAgama("9");
			default -> throw new IllegalArgumentException(ubahan);
		}
		long sebelum = jumlah();
		assertThatThrownBy(() -> register.tambah(kominfo(), f)).isInstanceOfSatisfying(IsianDitolakException.class,
				ex -> assertThat(ex.galat()).anySatisfy(g -> {
					assertThat(g.isian()).isEqualTo(isian);
					assertThat(g.kodePesan()).isEqualTo(kode);
				}));
		assertThat(jumlah()).isEqualTo(sebelum);
	}

	@Test
	void aPppkNeedsNoCpnsMonthInItsNumber() {
		FormulirPegawai f = ContohPegawai.pns(opd("Dinkes"));
		f.setJenisPegawai("PPPK");
		f.setGolongan("IX");
		f.setTmtCpns(LocalDate.of(2023, 5, 1));
		f.setTmtPns(null);
		f.setNomorSkPns(null);
		assertThat(register.tambah(kominfo(), f).jenisPegawai()).isEqualTo("PPPK");
	}

	@Test
	void aNipOrNikAlreadyRecordedIsAConflict() {
		FormulirPegawai f = ContohPegawai.pns(opd("PUPR"));
		register.tambah(kominfo(), f);
		FormulirPegawai lagi = ContohPegawai.pns(opd("PUPR"));
		lagi.setNip(f.getNip());
		lagi.setNik(f.getNik());
		assertThatThrownBy(() -> register.tambah(kominfo(), lagi)).isInstanceOfSatisfying(IsianDitolakException.class, ex -> {
			assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian).contains("nip", "nik");
		});
	}

	/**
	 * Who sees, keeps and reads the personal data of an employee of DLHK: the personnel agency and
	 * Kominfo everything, DLHK's admin their agency's records with personal data, the employee their
	 * own; no one else anything (leadership sees the statistics only).
	 */
	@ParameterizedTest(name = "{0}: sees {1}, edits {2}, personal data {3}")
	@CsvSource({
			"Kominfo admin, true, true, true",
			"BKPPD admin, true, true, true",
			"DLHK admin, true, false, true",
			"PUPR admin, false, false, false",
			"leadership, false, false, false",
			"DLHK officer, false, false, false",
			"BKPPD officer, false, false, false",
			"the employee (an officer), true, false, true",
			"inactive Kominfo admin, false, false, false" })
	void scope(String siapa, boolean melihat, boolean mengubah, boolean pribadi) {
		Pegawai p = register.tambah(kominfo(), ContohPegawai.pns(opd("DLHK")));
		Staf s = switch (siapa) {
			case "Kominfo admin" -> kominfo();
			case "BKPPD admin" -> staf(Peran.ADMIN_OPD, "BKPPD", null);
			case "DLHK admin" -> staf(Peran.ADMIN_OPD, "DLHK", null);
			case "PUPR admin" -> staf(Peran.ADMIN_OPD, "PUPR", null);
			case "leadership" -> staf(Peran.PIMPINAN, null, null);
			case "DLHK officer" -> staf(Peran.PETUGAS_TRC, "DLHK", null);
			case "BKPPD officer" -> staf(Peran.PETUGAS_TRC, "BKPPD", null);
			case "the employee (an officer)" -> staf(Peran.PETUGAS_TRC, "DLHK", p.nip());
			case "inactive Kominfo admin" -> new Staf(1, "uji", "Uji", "uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, false);
			default -> throw new IllegalArgumentException(siapa);
		};
		if (melihat) {
			assertThat(register.lihat(s, p.id()).nip()).isEqualTo(p.nip());
		}
		else {
			assertThatThrownBy(() -> register.lihat(s, p.id())).isInstanceOfSatisfying(PermintaanDitolakException.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.NOT_FOUND));
		}
		Consumer<Runnable> boleh = aksi -> {
			if (mengubah) {
				aksi.run();
			}
			else {
				assertThatThrownBy(aksi::run).isInstanceOf(PermintaanDitolakException.class);
			}
		};
		FormulirPegawai ubah = FormulirPegawai.dari(p);
		ubah.setUnor("Bidang Kebersihan");
		boleh.accept(() -> register.ubah(s, p.id(), ubah));
		if (pribadi) {
			assertThat(register.nikLengkap(s, p.id())).isEqualTo(p.nik());
		}
		else {
			assertThatThrownBy(() -> register.nikLengkap(s, p.id())).isInstanceOf(PermintaanDitolakException.class);
		}
	}

	@Test
	void anAgencyAdminListsOnlyTheirAgencyAndThePersonnelAgencyTheCity() {
		Pegawai dlhk = register.tambah(kominfo(), ContohPegawai.pns(opd("DLHK")));
		Pegawai pupr = register.tambah(kominfo(), ContohPegawai.pns(opd("PUPR")));
		var olehDlhk = register.daftar(staf(Peran.ADMIN_OPD, "DLHK", null), "Yakob Uji", opd("PUPR"), null, null, 0);
		assertThat(olehDlhk.isi()).extracting(Pegawai::opdId).containsOnly(opd("DLHK"));
		assertThat(olehDlhk.isi()).extracting(Pegawai::id).contains(dlhk.id()).doesNotContain(pupr.id());
		var olehBkppd = register.daftar(staf(Peran.ADMIN_OPD, "BKPPD", null), pupr.nip(), null, null, null, 0);
		assertThat(olehBkppd.isi()).extracting(Pegawai::id).containsExactly(pupr.id());
		assertThatThrownBy(() -> register.daftar(staf(Peran.PETUGAS_TRC, "DLHK", null), null, null, null, null, 0))
			.isInstanceOf(PermintaanDitolakException.class);
	}

	@Test
	void aSearchByNameFindsThatNameOnlyAndOneByNipThatNip() {
		var f = ContohPegawai.pns(opd("DLHK"));
		f.setNama("Oktovianus Sereh " + f.getNip().substring(15));
		Pegawai dicari = register.tambah(kominfo(), f);
		Pegawai lain = register.tambah(kominfo(), ContohPegawai.pns(opd("DLHK")));
		// a name has no digits: it must not match every NIP as well
		var olehNama = register.daftar(kominfo(), "oktovianus sereh", null, null, null, 0);
		assertThat(olehNama.isi()).extracting(Pegawai::id).contains(dicari.id()).doesNotContain(lain.id());
		assertThat(olehNama.isi()).extracting(Pegawai::nama).allMatch(n -> n.startsWith("Oktovianus Sereh"));
		var olehNip = register.daftar(kominfo(), lain.nip(), null, null, null, 0);
		assertThat(olehNip.isi()).extracting(Pegawai::id).containsExactly(lain.id());
	}
}
