package id.kotacerdas.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.permohonan.PermohonanBerubah;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.Tindakan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.Waktu;

/**
 * The aggregate's state machine and its clock, with the city's real working-day calendar (the
 * seeded holidays: cuti bersama 24 December 2026, Christmas 25 December 2026, New Year 1 January 2027).
 */
@IntegrationTest
class PermohonanTests {

	@Autowired
	KalenderKerja kalender;

	/** Three steps: verification (2 working days), technical review (3), signing (1); published limit 6. */
	static final Alur ALUR = new Alur(1, "uji.pindah", "Surat Keterangan Pindah", "uji", null, 6, List.of(
			new Alur.Tahap(1, "Verifikasi berkas", 17, "Bidang Pelayanan Pendaftaran Penduduk", null, 2, List.of("Foto KTP-el", "Foto KK")),
			new Alur.Tahap(2, "Pemeriksaan data", 17, null, null, 3, List.of()),
			new Alur.Tahap(3, "Tanda tangan Kepala Dinas", 17, null, null, 1, List.of())));

	static Instant wita(int tahun, int bulan, int hari, int jam) {
		return LocalDateTime.of(tahun, bulan, hari, jam, 0).atZone(Waktu.WITA).toInstant();
	}

	private Permohonan baru(Instant pada) {
		return Permohonan.ajukan(ALUR, new Permohonan.Isi("KPG-7F3Q2", null, "Pindah ke Kabupaten Kupang", new Nik("5371054107950003"),
				"Yuliana Mbura", "yuliana@contoh.invalid", null, "hash", pada), kalender);
	}

	private static final Permohonan.Pelaku PETUGAS = new Permohonan.Pelaku(7L, "Petugas Dukcapil");

	/** The rules as the issue states them, written independently of the aggregate's table. */
	static boolean boleh(StatusPermohonan s, Tindakan t) {
		return switch (t) {
			case SETUJUI, KEMBALIKAN, TOLAK -> s == StatusPermohonan.DIPROSES;
			case AJUKAN_ULANG -> s == StatusPermohonan.DIKEMBALIKAN;
			case BATALKAN -> s == StatusPermohonan.DIPROSES || s == StatusPermohonan.DIKEMBALIKAN;
			case AJUKAN -> false;
		};
	}

	private PermohonanBerubah lakukan(Permohonan p, Tindakan t, Instant w) {
		return switch (t) {
			case SETUJUI -> p.setujui(PETUGAS, w, kalender);
			case KEMBALIKAN -> p.kembalikan(PETUGAS, "Foto KK buram", List.of("Foto KK"), w, kalender);
			case TOLAK -> p.tolak(PETUGAS, "Bukan warga Kota Kupang", w, kalender);
			case AJUKAN_ULANG -> p.ajukanUlang("Foto KK sudah diganti", w, kalender);
			case BATALKAN -> p.batalkan("Tidak jadi pindah", w, kalender);
			case AJUKAN -> throw new IllegalArgumentException();
		};
	}

	static Stream<Long> benih() {
		return LongStream.rangeClosed(1, 40).boxed();
	}

	/**
	 * Random walks over state × action: every action is tried in every state reached; an allowed one
	 * moves as the rules say and returns its event, a refused one answers 409 in words and changes nothing.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("benih")
	void everyActionInEveryStateMovesAsTheRulesSayOrIsRefusedWithoutChange(long seed) {
		Random acak = new Random(seed);
		Instant w = wita(2026, 12, 1, 9);
		Permohonan p = baru(w);
		List<Tindakan> aksi = List.of(Tindakan.SETUJUI, Tindakan.KEMBALIKAN, Tindakan.TOLAK, Tindakan.AJUKAN_ULANG, Tindakan.BATALKAN);
		Set<StatusPermohonan> dicapai = EnumSet.noneOf(StatusPermohonan.class);
		for (int langkah = 0; langkah < 30; langkah++) {
			w = w.plusSeconds(3600L * (1 + acak.nextInt(30)));
			Tindakan t = aksi.get(acak.nextInt(aksi.size()));
			StatusPermohonan dari = p.status();
			int tahapDari = p.tahapKe();
			int riwayat = p.riwayatBaru().size();
			int versi = p.keadaan().versi;
			dicapai.add(dari);
			assertThat(p.tindakanTersedia()).as("offered in %s", dari).allMatch(x -> boleh(dari, x));
			if (boleh(dari, t)) {
				PermohonanBerubah e = lakukan(p, t, w);
				assertThat(e.tindakan()).isEqualTo(t);
				assertThat(e.status()).isEqualTo(p.status());
				assertThat(e.tahapKe()).isEqualTo(p.tahapKe());
				assertThat(p.riwayatBaru()).hasSize(riwayat + 1);
				switch (t) {
					case SETUJUI -> {
						if (tahapDari < ALUR.jumlahTahap()) {
							assertThat(p.status()).isEqualTo(StatusPermohonan.DIPROSES);
							assertThat(p.tahapKe()).isEqualTo(tahapDari + 1);
						}
						else {
							assertThat(p.status()).isEqualTo(StatusPermohonan.SELESAI);
							assertThat(p.tahapKe()).isEqualTo(tahapDari);
						}
					}
					case KEMBALIKAN -> assertThat(p.status()).isEqualTo(StatusPermohonan.DIKEMBALIKAN);
					case TOLAK -> assertThat(p.status()).isEqualTo(StatusPermohonan.DITOLAK);
					case AJUKAN_ULANG -> assertThat(p.status()).isEqualTo(StatusPermohonan.DIPROSES);
					case BATALKAN -> assertThat(p.status()).isEqualTo(StatusPermohonan.DIBATALKAN);
					case AJUKAN -> {
					}
				}
				if (t != Tindakan.SETUJUI) {
					assertThat(p.tahapKe()).as("only approval changes the step").isEqualTo(tahapDari);
				}
				if (!p.status().terbuka()) {
					// a finished application starts again, so the walk keeps meeting every state
					p = baru(w);
				}
			}
			else {
				Permohonan q = p;
				assertThatThrownBy(() -> lakukan(q, t, q.keadaan().diperbaruiPada.plusSeconds(60)))
					.isInstanceOfSatisfying(IsianDitolakException.class, ex -> {
						assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
						assertThat(ex.galat()).extracting(IsianDitolakException.Galat::kodePesan).contains("permohonan.tindakan-tidak-tersedia");
					});
				assertThat(p.status()).isEqualTo(dari);
				assertThat(p.tahapKe()).isEqualTo(tahapDari);
				assertThat(p.riwayatBaru()).hasSize(riwayat);
				assertThat(p.keadaan().versi).isEqualTo(versi);
			}
		}
		assertThat(dicapai).as("states met on the walk").contains(StatusPermohonan.DIPROSES, StatusPermohonan.DIKEMBALIKAN);
	}

	@Test
	void finishedApplicationsRefuseEveryAction() {
		for (Tindakan akhir : List.of(Tindakan.TOLAK, Tindakan.BATALKAN, Tindakan.SETUJUI)) {
			Permohonan p = baru(wita(2026, 12, 1, 9));
			if (akhir == Tindakan.SETUJUI) {
				IntStream.range(0, ALUR.jumlahTahap()).forEach(i -> p.setujui(PETUGAS, wita(2026, 12, 2, 9), kalender));
			}
			else {
				lakukan(p, akhir, wita(2026, 12, 2, 9));
			}
			assertThat(p.tindakanTersedia()).as("after %s", akhir).isEmpty();
			for (Tindakan t : List.of(Tindakan.SETUJUI, Tindakan.KEMBALIKAN, Tindakan.TOLAK, Tindakan.AJUKAN_ULANG, Tindakan.BATALKAN)) {
				assertThatThrownBy(() -> lakukan(p, t, wita(2026, 12, 3, 9))).isInstanceOf(IsianDitolakException.class);
			}
		}
	}

	@Test
	void aReturnNeedsAReasonAndTheMissingItemsAndSaysBothAtOnce() {
		Permohonan p = baru(wita(2026, 12, 1, 9));
		assertThatThrownBy(() -> p.kembalikan(PETUGAS, "  ", List.of(" ", ""), wita(2026, 12, 1, 10), kalender))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian).containsExactly("alasan", "kekurangan");
			});
		assertThatThrownBy(() -> p.tolak(PETUGAS, null, wita(2026, 12, 1, 10), kalender)).isInstanceOf(IsianDitolakException.class);
		assertThat(p.status()).isEqualTo(StatusPermohonan.DIPROSES);
		assertThat(p.riwayatBaru()).hasSize(1);

		p.kembalikan(PETUGAS, "Foto KK buram", List.of(" Foto KK ", "Foto KK", "Surat pengantar RT/RW"), wita(2026, 12, 1, 10), kalender);
		assertThat(p.keadaan().kekurangan).containsExactly("Foto KK", "Surat pengantar RT/RW");
	}

	/** Filed on Wednesday 23 December 2026: the 24th and 25th are holidays, the 26th and 27th a weekend. */
	@Test
	void stepDeadlinesAreWorkingDaysAcrossHolidays() {
		Permohonan p = baru(wita(2026, 12, 23, 10));
		// 2 working days: Monday 28 and Tuesday 29 December, to the end of the day in WITA
		assertThat(p.keadaan().tenggatTahap).isEqualTo(LocalDateTime.of(2026, 12, 29, 23, 59, 59).atZone(Waktu.WITA).toInstant());
		assertThat(p.terlambat(wita(2026, 12, 29, 23))).isFalse();
		assertThat(p.terlambat(wita(2026, 12, 30, 8))).isTrue();

		// approved on Thursday 31 December: the 3-day review runs over New Year's Day to Wednesday 6 January 2027
		p.setujui(PETUGAS, wita(2026, 12, 31, 11), kalender);
		assertThat(p.keadaan().tenggatTahap).isEqualTo(LocalDateTime.of(2027, 1, 6, 23, 59, 59).atZone(Waktu.WITA).toInstant());
		assertThat(p.hariTerpakai(wita(2026, 12, 31, 11), kalender)).as("28, 29, 30, 31 December").isEqualTo(4);
	}

	/**
	 * The clock rule: days with the applicant count neither against the step nor against the
	 * published limit; on resubmission the step gets what was left of its own limit.
	 */
	@Test
	void daysWithTheApplicantDoNotCount() {
		Permohonan p = baru(wita(2026, 12, 23, 10));
		// returned on Monday 28 December after 1 office working day (the 28th)
		p.kembalikan(PETUGAS, "Foto KK buram", List.of("Foto KK"), wita(2026, 12, 28, 9), kalender);
		assertThat(p.keadaan().tenggatTahap).as("no deadline while with the applicant").isNull();
		assertThat(p.hariTahapTerpakai(wita(2027, 1, 4, 8), kalender)).isEqualTo(1);
		assertThat(p.terlambat(wita(2027, 1, 4, 8))).as("the step's first deadline passed while the file was with the applicant").isFalse();

		// resubmitted on Monday 4 January 2027 (a week later, New Year's Day between): one day of the step's two is left
		p.ajukanUlang("Foto KK sudah diganti", wita(2027, 1, 4, 9), kalender);
		assertThat(p.keadaan().tenggatTahap).isEqualTo(LocalDateTime.of(2027, 1, 5, 23, 59, 59).atZone(Waktu.WITA).toInstant());
		assertThat(p.hariTerpakai(wita(2027, 1, 4, 16), kalender)).isEqualTo(1);

		// approved on Tuesday 5 January: 2 office days in all, though 6 working days passed since filing
		p.setujui(PETUGAS, wita(2027, 1, 5, 15), kalender);
		assertThat(kalender.hariKerjaAntara(wita(2026, 12, 23, 10), wita(2027, 1, 5, 15))).isEqualTo(6);
		assertThat(p.hariTerpakai(wita(2027, 1, 5, 15), kalender)).isEqualTo(2);
		assertThat(p.tahapKe()).isEqualTo(2);
		assertThat(p.hariTahapTerpakai(wita(2027, 1, 5, 15), kalender)).as("the next step starts its own count").isZero();
	}

	@Test
	void aStepReturnedAfterItsLimitGetsTheRestOfTheResubmissionDay() {
		Permohonan p = baru(wita(2026, 12, 1, 9));
		// returned on Friday 4 December after 3 office days: over its 2-day limit
		p.kembalikan(PETUGAS, "Foto KTP-el tidak terbaca", List.of("Foto KTP-el"), wita(2026, 12, 4, 9), kalender);
		p.ajukanUlang(null, wita(2026, 12, 7, 9), kalender);
		assertThat(p.keadaan().tenggatTahap).isEqualTo(LocalDateTime.of(2026, 12, 7, 23, 59, 59).atZone(Waktu.WITA).toInstant());
		assertThat(p.hariTerpakai(wita(2026, 12, 7, 9), kalender)).isEqualTo(3);
	}

	@Test
	void anOverdueStepIsEscalatedOncePerStep() {
		Permohonan p = baru(wita(2026, 12, 1, 9));
		assertThat(p.eskalasi(wita(2026, 12, 3, 12))).as("within the limit").isFalse();
		assertThat(p.eskalasi(wita(2026, 12, 4, 9))).isTrue();
		assertThat(p.eskalasi(wita(2026, 12, 4, 10))).as("once").isFalse();
		p.setujui(PETUGAS, wita(2026, 12, 4, 11), kalender);
		assertThat(p.eskalasi(wita(2026, 12, 15, 9))).as("the next step's own missed deadline").isTrue();
		List<Tindakan> tercatat = new ArrayList<>(p.riwayatBaru().stream().map(Permohonan.Riwayat::tindakan).toList());
		assertThat(tercatat).containsExactly(Tindakan.AJUKAN, Tindakan.SETUJUI);
	}
}
