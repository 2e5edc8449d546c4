package id.kotacerdas.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.platform.Peran;

@IntegrationTest
class AkunStafTests {

	@Autowired
	AkunStaf akun;

	@Autowired
	StafUji staf;

	@Test
	void everyAgencyHasADefaultTeamFromStartUp() {
		for (String singkatan : new String[] { "DLHK", "PUPR", "Dishub", "BPBD", "Dinas Kominfo" }) {
			assertThat(staf.timUtama(singkatan).utama()).isTrue();
		}
	}

	@Test
	void routesToTheKelurahanTeamThenTheKecamatanTeamThenTheDefaultTeam() {
		long pupr = staf.opdId("PUPR");
		TimTrc kelurahan = staf.tim("PUPR", Set.of("53.71.04.1001"));
		TimTrc kecamatan = staf.tim("PUPR", Set.of("53.71.04"));
		TimTrc utama = staf.timUtama("PUPR");

		assertThat(akun.timUntuk(pupr, "53.71.04.1001", "53.71.04")).contains(kelurahan);
		assertThat(akun.timUntuk(pupr, "53.71.04.1002", "53.71.04")).contains(kecamatan);
		assertThat(akun.timUntuk(pupr, "53.71.01.1001", "53.71.01")).contains(utama);
	}

	@Test
	void findsTeamMembersAndTheAgencysAdministratorsForNotifications() {
		TimTrc tim = staf.tim("Dinkes", Set.of());
		String petugas = staf.pengguna(Peran.PETUGAS_TRC, "Dinkes", tim.id());
		String kepala = staf.adminOpd("Dinkes");
		String dispatcher = staf.adminKominfo();

		assertThat(akun.anggotaTim(tim.id())).extracting(Staf::username).containsExactly(petugas);
		assertThat(akun.adminOpd(staf.opdId("Dinkes"))).extracting(Staf::username).contains(kepala).doesNotContain(petugas, dispatcher);
		assertThat(akun.adminKominfo()).extracting(Staf::username).contains(dispatcher, "admin");
	}
}
