package id.kotacerdas.akun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import id.kotacerdas.platform.Peran;

/**
 * The one rule of who sees and does what, as a table: each role, active or not (an inactive
 * account, or one of an inactive agency), against something of their own agency, of another agency,
 * and of no agency (city-wide). Agency roles belong to agency {@value #SENDIRI}; Kominfo and
 * leadership to none.
 */
class StafTests {

	static final long SENDIRI = 1;

	static final long LAIN = 2;

	@ParameterizedTest(name = "{0} {1}, milik {2}: lihat {3}, bertindak {4}, admin {5}; daftar: {6}")
	@CsvSource(delimiter = '|', textBlock = """
			# peran       | akun     | milik    | lihat | bertindak | admin | lingkup daftar
			ADMIN_KOMINFO | aktif    | sendiri  | ya    | ya        | ya    | seluruh kota
			ADMIN_KOMINFO | aktif    | lain     | ya    | ya        | ya    | seluruh kota
			ADMIN_KOMINFO | aktif    | tanpa    | ya    | ya        | ya    | seluruh kota
			ADMIN_KOMINFO | nonaktif | sendiri  | tidak | tidak     | tidak | tidak ada
			ADMIN_KOMINFO | nonaktif | lain     | tidak | tidak     | tidak | tidak ada
			ADMIN_KOMINFO | nonaktif | tanpa    | tidak | tidak     | tidak | tidak ada
			PIMPINAN      | aktif    | sendiri  | ya    | tidak     | tidak | seluruh kota
			PIMPINAN      | aktif    | lain     | ya    | tidak     | tidak | seluruh kota
			PIMPINAN      | aktif    | tanpa    | ya    | tidak     | tidak | seluruh kota
			PIMPINAN      | nonaktif | sendiri  | tidak | tidak     | tidak | tidak ada
			PIMPINAN      | nonaktif | lain     | tidak | tidak     | tidak | tidak ada
			PIMPINAN      | nonaktif | tanpa    | tidak | tidak     | tidak | tidak ada
			ADMIN_OPD     | aktif    | sendiri  | ya    | ya        | ya    | OPD sendiri
			ADMIN_OPD     | aktif    | lain     | tidak | tidak     | tidak | OPD sendiri
			ADMIN_OPD     | aktif    | tanpa    | tidak | tidak     | tidak | OPD sendiri
			ADMIN_OPD     | nonaktif | sendiri  | tidak | tidak     | tidak | tidak ada
			ADMIN_OPD     | nonaktif | lain     | tidak | tidak     | tidak | tidak ada
			ADMIN_OPD     | nonaktif | tanpa    | tidak | tidak     | tidak | tidak ada
			PETUGAS_TRC   | aktif    | sendiri  | ya    | ya        | tidak | OPD sendiri
			PETUGAS_TRC   | aktif    | lain     | tidak | tidak     | tidak | OPD sendiri
			PETUGAS_TRC   | aktif    | tanpa    | tidak | tidak     | tidak | OPD sendiri
			PETUGAS_TRC   | nonaktif | sendiri  | tidak | tidak     | tidak | tidak ada
			PETUGAS_TRC   | nonaktif | lain     | tidak | tidak     | tidak | tidak ada
			PETUGAS_TRC   | nonaktif | tanpa    | tidak | tidak     | tidak | tidak ada
			PEGAWAI       | aktif    | sendiri  | tidak | tidak     | tidak | tidak ada
			PEGAWAI       | aktif    | lain     | tidak | tidak     | tidak | tidak ada
			PEGAWAI       | aktif    | tanpa    | tidak | tidak     | tidak | tidak ada
			PEGAWAI       | nonaktif | sendiri  | tidak | tidak     | tidak | tidak ada
			""")
	void whoSeesAndDoesWhat(Peran peran, String akun, String milik, String lihat, String bertindak, String admin, String lingkup) {
		Staf staf = staf(peran, akun.equals("aktif"));
		Long opd = switch (milik) {
			case "sendiri" -> SENDIRI;
			case "lain" -> LAIN;
			default -> null;
		};
		assertThat(staf.bolehMelihat(opd)).as("bolehMelihat").isEqualTo(lihat.equals("ya"));
		assertThat(staf.berwenangAtas(opd)).as("berwenangAtas").isEqualTo(bertindak.equals("ya"));
		assertThat(staf.adminAtas(opd)).as("adminAtas").isEqualTo(admin.equals("ya"));
		assertThat(staf.lingkupOpd()).as("lingkupOpd").isEqualTo(switch (lingkup) {
			case "seluruh kota" -> null;
			case "OPD sendiri" -> SENDIRI;
			default -> Staf.TANPA_LINGKUP;
		});
	}

	@ParameterizedTest(name = "{0} {1}: mengubah {2}, admin kota {3}, kelola akun OPD sendiri {4}, OPD lain {5}")
	@CsvSource(delimiter = '|', textBlock = """
			# peran       | akun     | mengubah | admin kota | akun OPD sendiri             | akun OPD lain
			ADMIN_KOMINFO | aktif    | ya       | ya         | semua peran                  | semua peran
			ADMIN_KOMINFO | nonaktif | tidak    | tidak      | tidak ada                    | tidak ada
			PIMPINAN      | aktif    | tidak    | tidak      | tidak ada                    | tidak ada
			ADMIN_OPD     | aktif    | ya       | tidak      | ADMIN_OPD PETUGAS_TRC PEGAWAI | tidak ada
			ADMIN_OPD     | nonaktif | tidak    | tidak      | tidak ada                    | tidak ada
			PETUGAS_TRC   | aktif    | ya       | tidak      | tidak ada                    | tidak ada
			PEGAWAI       | aktif    | ya       | tidak      | tidak ada                    | tidak ada
			""")
	void whoChangesAndWhoManagesAccounts(Peran peran, String akun, String mengubah, String adminKota, String kelolaSendiri,
			String kelolaLain) {
		Staf staf = staf(peran, akun.equals("aktif"));
		assertThat(staf.bolehMengubah()).as("bolehMengubah").isEqualTo(mengubah.equals("ya"));
		assertThat(staf.adminKota()).as("adminKota").isEqualTo(adminKota.equals("ya"));
		assertThat(dikelola(staf, SENDIRI)).as("accounts of the own agency").isEqualTo(kelolaSendiri);
		assertThat(dikelola(staf, LAIN)).as("accounts of another agency").isEqualTo(kelolaLain);
	}

	/**
	 * The read and act rules agree for any staff member, however odd (an agency role without an
	 * agency, a leader given one) and any owner: whoever administers may act, whoever may act may
	 * see, and what one may see is exactly what one's list filter lets through.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("benih")
	void theRulesAgreeWithEachOther(long benih) {
		Random acak = new Random(benih);
		Long[] opd = { null, 1L, 2L, 3L };
		for (int i = 0; i < 200; i++) {
			Peran peran = Peran.values()[acak.nextInt(Peran.values().length)];
			Staf staf = new Staf(i, "u" + i, "U", null, peran, opd[acak.nextInt(opd.length)], null, null, acak.nextBoolean());
			Long milik = opd[acak.nextInt(opd.length)];
			Long lingkup = staf.lingkupOpd();
			String siapa = staf + " on " + milik;
			assertThat(staf.bolehMelihat(milik)).as(siapa).isEqualTo(lingkup == null || lingkup.equals(milik));
			if (staf.adminAtas(milik)) {
				assertThat(staf.berwenangAtas(milik)).as(siapa).isTrue();
			}
			if (staf.berwenangAtas(milik)) {
				assertThat(staf.bolehMelihat(milik)).as(siapa).isTrue();
				assertThat(staf.bolehMengubah()).as(siapa).isTrue();
			}
			assertThat(staf.adminAtas(null)).as(siapa).isEqualTo(staf.adminKota());
			for (Peran p : Peran.values()) {
				if (staf.bolehKelolaAkun(milik, p)) {
					assertThat(staf.adminAtas(milik)).as(siapa + " manages " + p).isTrue();
				}
			}
			if (!staf.aktif()) {
				assertThat(lingkup).as(siapa).isEqualTo(Staf.TANPA_LINGKUP);
				assertThat(staf.bolehMelihat(milik) || staf.bolehMengubah()).as(siapa).isFalse();
			}
		}
	}

	static Stream<Arguments> benih() {
		return IntStream.rangeClosed(1, 5).mapToObj(i -> Arguments.of(20261130L * i));
	}

	private static Staf staf(Peran peran, boolean aktif) {
		Long opd = peran == Peran.ADMIN_OPD || peran == Peran.PETUGAS_TRC ? SENDIRI : null;
		Long tim = peran == Peran.PETUGAS_TRC ? 10L : null;
		return new Staf(7, "uji", "Uji", null, peran, opd, tim, null, aktif);
	}

	private static String dikelola(Staf staf, long opdAkun) {
		Peran[] boleh = Arrays.stream(Peran.values()).filter(p -> staf.bolehKelolaAkun(opdAkun, p)).toArray(Peran[]::new);
		return boleh.length == Peran.values().length ? "semua peran"
				: boleh.length == 0 ? "tidak ada" : String.join(" ", Arrays.stream(boleh).map(Enum::name).toList());
	}
}
