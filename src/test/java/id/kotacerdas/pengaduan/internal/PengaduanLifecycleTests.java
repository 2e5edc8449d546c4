package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.PermintaanDitolakException;

class PengaduanLifecycleTests {

	private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

	private static final Pengaduan.Pelaku PETUGAS = new Pengaduan.Pelaku(7L, "Petugas TRC");

	private static Pengaduan baru() {
		return Pengaduan.baru(new Pengaduan.Isi("KPG-2026-000001", "sampah", "Sampah menumpuk", "{}", -10.17, 123.6, "",
				"53.71.01.1001", "53.71.01", false, false, null, null, null, "h", "web", T0, T0.plusSeconds(86400),
				T0.plusSeconds(3 * 86400)), 16L, 3L);
	}

	private static Pengaduan selesai() {
		Pengaduan p = baru();
		p.verifikasi(PETUGAS, T0.plusSeconds(60));
		p.proses(PETUGAS, "Tim menuju lokasi", T0.plusSeconds(120));
		p.selesaikan(PETUGAS, "Sampah sudah diangkut", 1, T0.plusSeconds(3600));
		return p;
	}

	@Test
	void fullHappyPathRecordsHistoryAndFirstResponse() {
		Pengaduan p = selesai();
		p.konfirmasi(T0.plusSeconds(7200));
		p.nilai(5, T0.plusSeconds(7300));
		assertThat(p.status()).isEqualTo(StatusPengaduan.DITUTUP);
		assertThat(p.keadaan().dikonfirmasi).isTrue();
		assertThat(p.keadaan().penilaian).isEqualTo(5);
		assertThat(p.keadaan().diresponsPada).isEqualTo(T0.plusSeconds(60));
		assertThat(p.keadaan().selesaiPada).isEqualTo(T0.plusSeconds(3600));
		assertThat(p.riwayatBaru()).extracting(Pengaduan.Riwayat::ke)
			.containsExactly(StatusPengaduan.BARU, StatusPengaduan.DIVERIFIKASI, StatusPengaduan.DIPROSES,
					StatusPengaduan.SELESAI, StatusPengaduan.DITUTUP, null);
	}

	@Test
	void resolutionNeedsResponseTextAndEvidencePhoto() {
		Pengaduan p = baru();
		p.verifikasi(PETUGAS, T0);
		p.proses(PETUGAS, "", T0);
		assertThatThrownBy(() -> p.selesaikan(PETUGAS, "  ", 2, T0)).hasMessage("pengaduan.selesai-perlu-tanggapan");
		assertThatThrownBy(() -> p.selesaikan(PETUGAS, "Sudah beres", 0, T0)).hasMessage("pengaduan.selesai-perlu-bukti");
		assertThat(p.status()).isEqualTo(StatusPengaduan.DIPROSES);
	}

	@Test
	void cannotSkipSteps() {
		Pengaduan p = baru();
		assertThatThrownBy(() -> p.selesaikan(PETUGAS, "x", 1, T0)).isInstanceOf(PermintaanDitolakException.class)
			.hasMessage("pengaduan.aksi-tidak-tersedia");
		assertThatThrownBy(() -> p.konfirmasi(T0)).hasMessage("pengaduan.transisi-tidak-sah");
		assertThat(p.status()).isEqualTo(StatusPengaduan.BARU);
	}

	@Test
	void reopenWithinWindowGoesBackToSameTeamAndCounts() {
		Pengaduan p = selesai();
		p.bukaKembali("Masih menumpuk", Duration.ofDays(30), T0.plus(Duration.ofDays(29)));
		assertThat(p.status()).isEqualTo(StatusPengaduan.DIBUKA_KEMBALI);
		assertThat(p.timId()).isEqualTo(3L);
		assertThat(p.keadaan().kaliDibukaKembali).isEqualTo(1);
		p.proses(PETUGAS, "Kembali ke lokasi", T0.plus(Duration.ofDays(29)));
		assertThat(p.status()).isEqualTo(StatusPengaduan.DIPROSES);
	}

	@Test
	void reopenAfterWindowIsRefused() {
		Pengaduan p = selesai();
		assertThatThrownBy(() -> p.bukaKembali("Masih", Duration.ofDays(30), T0.plus(Duration.ofDays(31))))
			.hasMessage("pengaduan.jendela-lewat");
		assertThat(p.status()).isEqualTo(StatusPengaduan.SELESAI);
	}

	@Test
	void rejectionNeedsReasonAndIsFinal() {
		Pengaduan p = baru();
		assertThatThrownBy(() -> p.tolak(PETUGAS, "", T0)).hasMessage("pengaduan.alasan-wajib");
		p.tolak(PETUGAS, "spam", T0);
		assertThat(p.status()).isEqualTo(StatusPengaduan.DITOLAK);
		assertThatThrownBy(() -> p.verifikasi(PETUGAS, T0)).hasMessage("pengaduan.aksi-tidak-tersedia");
	}

	@Test
	void bukanWewenangReturnsToDispatcherWhoReroutes() {
		Pengaduan p = baru();
		p.bukanWewenang(PETUGAS, "Ini wewenang PUPR", T0);
		assertThat(p.status()).isEqualTo(StatusPengaduan.BUKAN_WEWENANG);
		p.rutekan(new Pengaduan.Pelaku(1L, "Dispatcher"), 6L, 9L, "ke PUPR", T0.plusSeconds(10));
		assertThat(p.status()).isEqualTo(StatusPengaduan.BARU);
		assertThat(p.opdId()).isEqualTo(6L);
		assertThat(p.timId()).isEqualTo(9L);
	}

	@Test
	void mergeRejectsDuplicateWithPointer() {
		Pengaduan p = baru();
		p.gabungKe(PETUGAS, "KPG-2026-000002", false, T0);
		assertThat(p.status()).isEqualTo(StatusPengaduan.DITOLAK);
		assertThat(p.keadaan().duplikatDari).isEqualTo("KPG-2026-000002");
		assertThat(p.riwayatBaru()).filteredOn(Pengaduan.Riwayat::publik).extracting(Pengaduan.Riwayat::teks).contains("KPG-2026-000002");
		assertThatThrownBy(() -> baru().gabungKe(PETUGAS, "KPG-2026-000001", false, T0)).hasMessage("pengaduan.gabung-diri-sendiri");
	}

	@Test
	void aConfidentialReportsNumberStaysWithStaffWhenADuplicateIsMergedIntoIt() {
		Pengaduan p = baru();
		p.gabungKe(PETUGAS, "KPG-2026-000009", true, T0);
		assertThat(p.status()).isEqualTo(StatusPengaduan.DITOLAK);
		assertThat(p.keadaan().duplikatDari).isEqualTo("KPG-2026-000009");
		assertThat(p.riwayatBaru()).filteredOn(Pengaduan.Riwayat::publik).extracting(Pengaduan.Riwayat::teks)
			.noneMatch(t -> t.contains("KPG-2026-000009"));
		assertThat(p.riwayatBaru()).filteredOn(r -> !r.publik()).extracting(Pengaduan.Riwayat::teks).contains("KPG-2026-000009");
	}

	@Test
	void internalNotesAreNotPublic() {
		Pengaduan p = baru();
		p.catatInternal(PETUGAS, "Pelapor sering melapor", T0);
		assertThat(p.riwayatBaru().get(1).publik()).isFalse();
		assertThat(p.keadaan().diresponsPada).isNull();
	}

	@Test
	void escalationOnlyRises() {
		Pengaduan p = baru();
		assertThat(p.eskalasi(1, T0)).isTrue();
		assertThat(p.eskalasi(1, T0)).isFalse();
		assertThat(p.eskalasi(2, T0)).isTrue();
		assertThat(p.keadaan().terlambat).isTrue();
		assertThat(p.keadaan().tingkatEskalasi).isEqualTo(2);
	}

	@Test
	void firstResponseEscalationRisesOnItsOwnTrackAndStopsOnceStaffResponded() {
		Pengaduan p = baru();
		assertThat(p.eskalasiRespons(1, T0)).isTrue();
		assertThat(p.eskalasiRespons(1, T0)).isFalse();
		assertThat(p.keadaan().tingkatEskalasi).isZero();
		assertThat(p.eskalasi(1, T0)).isTrue();
		p.verifikasi(PETUGAS, T0);
		assertThat(p.eskalasiRespons(2, T0)).isFalse();
		assertThat(p.keadaan().eskalasiRespons).isEqualTo(1);
	}

	@Test
	void ratingOnlyAfterResolutionAndInRange() {
		assertThatThrownBy(() -> baru().nilai(4, T0)).hasMessage("pengaduan.penilaian-belum-selesai");
		assertThatThrownBy(() -> selesai().nilai(6, T0)).hasMessage("pengaduan.penilaian-tidak-sah");
	}

	@ParameterizedTest
	@EnumSource(StatusPengaduan.class)
	void closedStatesAllowNothingButReopenFromSelesai(StatusPengaduan dari) {
		EnumSet<StatusPengaduan> boleh = EnumSet.noneOf(StatusPengaduan.class);
		for (StatusPengaduan ke : StatusPengaduan.values()) {
			if (Pengaduan.bolehPindah(dari, ke)) {
				boleh.add(ke);
			}
		}
		if (dari == StatusPengaduan.DITUTUP || dari == StatusPengaduan.DITOLAK) {
			assertThat(boleh).isEmpty();
		}
		if (dari == StatusPengaduan.SELESAI) {
			assertThat(boleh).containsExactlyInAnyOrder(StatusPengaduan.DITUTUP, StatusPengaduan.DIBUKA_KEMBALI);
		}
		assertThat(boleh).doesNotContain(dari);
	}
	private static Pengaduan dalamStatus(StatusPengaduan status) {
		Pengaduan p = baru();
		p.keadaan().status = status;
		return p;
	}

	@ParameterizedTest
	@EnumSource(StatusPengaduan.class)
	void theOfferedActionsAreExactlyTheOnesTheReportAcceptsAndTheDefaultIsOneOfThem(StatusPengaduan status) {
		Pengaduan p = dalamStatus(status);
		assertThat(p.aksiStaf()).contains(p.aksiBawaan());
		for (AksiStaf aksi : AksiStaf.values()) {
			var halangan = p.halangan(aksi, "Sudah ditangani", 1);
			assertThat(halangan.isEmpty()).as(status + " " + aksi).isEqualTo(p.aksiStaf().contains(aksi));
			if (!halangan.isEmpty()) {
				assertThatThrownBy(() -> dalamStatus(status).tindak(aksi, PETUGAS, "Sudah ditangani", 1, T0))
					.hasMessage("pengaduan.aksi-tidak-tersedia");
			}
			else {
				Pengaduan q = dalamStatus(status);
				q.tindak(aksi, PETUGAS, "Sudah ditangani", 1, T0);
				assertThat(q.status()).isEqualTo(aksi.ke() == null ? status : aksi.ke());
			}
		}
	}

	@Test
	void theNaturalNextStepLeadsFromNewToResolved() {
		Pengaduan p = baru();
		for (StatusPengaduan berikut : List.of(StatusPengaduan.DIVERIFIKASI, StatusPengaduan.DIPROSES, StatusPengaduan.SELESAI)) {
			p.tindak(p.aksiBawaan(), PETUGAS, "Ditangani", 1, T0);
			assertThat(p.status()).isEqualTo(berikut);
		}
		// waiting for the citizen, staff can only reply or note
		assertThat(p.aksiStaf()).containsExactly(AksiStaf.BALAS, AksiStaf.CATATAN);
		assertThat(p.aksiBawaan()).isEqualTo(AksiStaf.CATATAN);
		p.bukaKembali("Belum beres", Duration.ofDays(30), T0);
		assertThat(p.aksiBawaan()).isEqualTo(AksiStaf.PROSES);
	}

	@Test
	void aRefusalGivesEveryReasonAtOnceAndChangesNothing() {
		Pengaduan p = dalamStatus(StatusPengaduan.DIPROSES);
		assertThatThrownBy(() -> p.tindak(AksiStaf.SELESAI, PETUGAS, " ", 0, T0))
			.satisfies(ex -> assertThat(TindakanDitolakException.semua((PermintaanDitolakException) ex))
				.extracting(PermintaanDitolakException::kodePesan)
				.containsExactly("pengaduan.selesai-perlu-tanggapan", "pengaduan.selesai-perlu-bukti"));
		assertThat(p.status()).isEqualTo(StatusPengaduan.DIPROSES);
		assertThat(p.riwayatBaru()).hasSize(1);
		// a stale page: the action no longer fits, and its text is too long as well
		assertThat(dalamStatus(StatusPengaduan.DITUTUP).halangan(AksiStaf.TOLAK, "x".repeat(4001), 0))
			.extracting(PermintaanDitolakException::kodePesan)
			.containsExactly("pengaduan.aksi-tidak-tersedia", "pengaduan.teks-terlalu-panjang");
	}
}
