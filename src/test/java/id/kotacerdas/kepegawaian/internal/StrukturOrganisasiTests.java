package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The direct superior from the organisation tree, on a DLHK-like tree:
 * Kepala Dinas (1) ← Kepala Bidang Kebersihan (2) ← Kepala Seksi Pengelolaan Sampah (3) ← Pengawas
 * Kebersihan (4); Kepala UPT Pengangkutan (5) ← Pengemudi (6), UPT reporting to the Kepala Bidang.
 */
class StrukturOrganisasiTests {

	static final LocalDate HARI = LocalDate.of(2026, 11, 30);

	static final long KADIS = 100, KABID = 200, KASI = 300, PENGAWAS = 400, KAUPT = 500, SOPIR = 600;

	final List<Jabatan> jabatan = List.of(
			new Jabatan(1, 7, 10, "Kepala Dinas", "1", "22", null),
			new Jabatan(2, 7, 11, "Kepala Bidang Kebersihan", "1", "31", 1L),
			new Jabatan(3, 7, 11, "Kepala Seksi Pengelolaan Sampah", "1", "41", 2L),
			new Jabatan(4, 7, 11, "Pengawas Kebersihan Lingkungan", "4", "99", 3L),
			new Jabatan(5, 7, 12, "Kepala UPT Pengangkutan Sampah", "1", "42", 2L),
			new Jabatan(6, 7, 12, "Pengemudi Truk Sampah", "4", "99", 5L));

	final List<UnitKerja> unit = List.of(new UnitKerja(10, 7, null, "Dinas"), new UnitKerja(11, 7, 10L, "Bidang Kebersihan"),
			new UnitKerja(12, 7, 11L, "UPT Pengangkutan Sampah"));

	final List<PemangkuJabatan> pemangku = new ArrayList<>(List.of(
			definitif(1, KADIS), definitif(2, KABID), definitif(3, KASI), definitif(4, PENGAWAS), definitif(5, KAUPT),
			definitif(6, SOPIR)));

	private long urut = 1;

	private PemangkuJabatan definitif(long jabatanId, long pegawaiId) {
		return new PemangkuJabatan(urut++, jabatanId, pegawaiId, JenisPemangku.DEFINITIF, LocalDate.of(2020, 1, 1), null, null);
	}

	private StrukturOrganisasi struktur() {
		return new StrukturOrganisasi(unit, jabatan, pemangku);
	}

	/** Ends a definitive holding the day before {@code sejak}: the position is vacant from then. */
	private void kosongkan(long jabatanId, LocalDate sejak) {
		pemangku.replaceAll(p -> p.jabatanId() == jabatanId && p.jenis().definitif()
				? new PemangkuJabatan(p.id(), p.jabatanId(), p.pegawaiId(), p.jenis(), p.mulai(), sejak.minusDays(1), null)
				: p);
	}

	@Test
	void theSuperiorIsTheHolderOfThePositionOneReportsTo() {
		StrukturOrganisasi s = struktur();
		assertThat(s.atasanLangsung(PENGAWAS, HARI)).get().satisfies(a -> {
			assertThat(a.pegawaiId()).isEqualTo(KASI);
			assertThat(a.jenis()).isEqualTo(JenisPemangku.DEFINITIF);
			assertThat(a.lowongDilewati()).isEmpty();
		});
		assertThat(s.atasanLangsung(SOPIR, HARI)).get().extracting(StrukturOrganisasi.Atasan::pegawaiId).isEqualTo(KAUPT);
		// the head of the agency has none in the tree; nor has someone who holds no position
		assertThat(s.atasanLangsung(KADIS, HARI)).isEmpty();
		assertThat(s.atasanLangsung(999, HARI)).isEmpty();
		assertThat(s.lowong(HARI)).isEmpty();
	}

	@Test
	void anActingHolderIsTheSuperiorOnlyWithinTheirPeriod() {
		kosongkan(5, LocalDate.of(2026, 10, 1));
		pemangku.add(new PemangkuJabatan(urut++, 5, KASI, JenisPemangku.PLT, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), "821/77/2026"));
		StrukturOrganisasi s = struktur();
		assertThat(s.atasanLangsung(SOPIR, HARI)).get().satisfies(a -> {
			assertThat(a.pegawaiId()).isEqualTo(KASI);
			assertThat(a.jenis()).isEqualTo(JenisPemangku.PLT);
			assertThat(a.jabatan().id()).isEqualTo(5);
		});
		// before the Plt's period the UPT was vacant: the driver's superior was the Kepala Bidang, one level up
		assertThat(s.atasanLangsung(SOPIR, LocalDate.of(2026, 10, 15))).get().satisfies(a -> {
			assertThat(a.pegawaiId()).isEqualTo(KABID);
			assertThat(a.lowongDilewati()).extracting(Jabatan::id).containsExactly(5L);
		});
		// and the day the Plt's period ends is still theirs, the next is not
		assertThat(s.atasanLangsung(SOPIR, LocalDate.of(2026, 12, 31))).get().extracting(StrukturOrganisasi.Atasan::pegawaiId).isEqualTo(KASI);
		assertThat(s.atasanLangsung(SOPIR, LocalDate.of(2027, 1, 1))).get().extracting(StrukturOrganisasi.Atasan::pegawaiId).isEqualTo(KABID);
		// an acting holder does not fill the vacancy
		assertThat(s.lowong(HARI)).extracting(Jabatan::id).containsExactly(5L);
	}

	@Test
	void aVacancyWithoutActingHolderFallsBackToTheNextLevelUpAndSaysSo() {
		kosongkan(3, LocalDate.of(2026, 6, 1));
		kosongkan(2, LocalDate.of(2026, 6, 1));
		StrukturOrganisasi s = struktur();
		assertThat(s.atasanLangsung(PENGAWAS, HARI)).get().satisfies(a -> {
			assertThat(a.pegawaiId()).isEqualTo(KADIS);
			assertThat(a.lowongDilewati()).extracting(Jabatan::nama).containsExactly("Kepala Seksi Pengelolaan Sampah",
					"Kepala Bidang Kebersihan");
		});
		assertThat(s.lowong(HARI)).extracting(Jabatan::id).containsExactlyInAnyOrder(2L, 3L);
		assertThat(s.bawahanLangsung(KADIS, HARI)).containsExactlyInAnyOrder(PENGAWAS, KAUPT);
	}

	@Test
	void someoneActingForTheirOwnSuperiorReportsToTheLevelAbove() {
		kosongkan(3, LocalDate.of(2026, 6, 1));
		// the supervisor is Plh of the section head: they do not approve their own reports
		pemangku.add(new PemangkuJabatan(urut++, 3, PENGAWAS, JenisPemangku.PLH, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 5), null));
		StrukturOrganisasi s = struktur();
		assertThat(s.atasanLangsung(PENGAWAS, HARI)).get().extracting(StrukturOrganisasi.Atasan::pegawaiId).isEqualTo(KABID);
	}

	@Test
	void aPositionCannotReportToItselfOrToOneBelowIt() {
		StrukturOrganisasi s = struktur();
		assertThat(s.diBawah(6, 2)).isTrue();
		assertThat(s.diBawah(2, 2)).isTrue();
		assertThat(s.diBawah(1, 2)).isFalse();
		assertThat(s.pohon()).singleElement().satisfies(akar -> {
			assertThat(akar.jabatan()).extracting(Jabatan::nama).containsExactly("Kepala Dinas");
			assertThat(akar.anak()).singleElement().satisfies(b -> assertThat(b.anak()).hasSize(1));
		});
	}
}
