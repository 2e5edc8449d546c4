package id.kotacerdas.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PenyelesaianPermohonan;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TahapBaru;

/**
 * The read API for compliance reports: per flow and completing unit, how many finished, how many
 * within the published limit, and the median office days, as the engine recorded them.
 */
@IntegrationTest
class PenyelesaianPermohonanTests {

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	LayananPermohonan layanan;

	@Autowired
	PenyelesaianPermohonan penyelesaian;

	@Autowired
	StafUji stafUji;

	@Autowired
	AkunStaf akun;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void completedApplicationsAreCountedOnTimeAndByTheirMedianOfficeDays() {
		String alur = "uji.kkpr-" + System.nanoTime();
		long dpmptsp = stafUji.opdId("DPMPTSP");
		mesin.tetapkanAlur(new AlurBaru(alur, "Konfirmasi KKPR non-usaha", "uji", null, 2, List.of(
				new TahapBaru("Pemeriksaan berkas", dpmptsp, "Bidang Perizinan", null, 1, List.of()),
				new TahapBaru("Penerbitan", dpmptsp, "Bidang Perizinan", null, 1, List.of()))));
		Staf kominfo = akun.adminKominfo().get(0);
		Pemohon p = new Pemohon("5371051511920006", "Paulus Benu", "paulus.benu@contoh.invalid", null);
		Instant sekarang = clock.instant();
		List<String> kode = new ArrayList<>();
		// two filed earlier today, three filed nine and twelve days ago (past the 2-day limit), one still open
		// "earlier today" is half the time since midnight WITA, so the two stay on today's date at any hour
		Duration hariIni = Duration.between(sekarang.atZone(id.kotacerdas.platform.Waktu.WITA).toLocalDate().atStartOfDay(id.kotacerdas.platform.Waktu.WITA).toInstant(), sekarang).dividedBy(2);
		for (Duration lalu : List.of(hariIni, hariIni, Duration.ofDays(9), Duration.ofDays(9), Duration.ofDays(12),
				Duration.ofDays(1))) {
			kode.add(layanan.ajukanPada(new PermohonanBaru(alur, "KKPR rumah tinggal di Kelurahan Liliba", null, p), sekarang.minus(lalu)).kode());
		}
		for (String k : kode.subList(0, 5)) {
			mesin.setujui(k, mesin.cari(k).orElseThrow().versi(), kominfo);
			mesin.setujui(k, mesin.cari(k).orElseThrow().versi(), kominfo);
		}
		List<Integer> hari = kode.subList(0, 5).stream().map(k -> penyelesaian.penyelesaian(k).orElseThrow().hariKerja()).sorted().toList();
		assertThat(hari.subList(0, 2)).containsOnly(0);
		assertThat(hari.subList(2, 5)).allMatch(h -> h > 2);
		assertThat(penyelesaian.penyelesaian(kode.get(5))).as("still open").isEmpty();

		PenyelesaianPermohonan.Rekap r = penyelesaian.rekap(sekarang.minus(Duration.ofDays(1)), sekarang.plus(Duration.ofDays(1))).stream()
			.filter(x -> x.alurKode().equals(alur)).findFirst().orElseThrow();
		assertThat(r.unit()).isEqualTo("Bidang Perizinan");
		assertThat(r.opdId()).isEqualTo(dpmptsp);
		assertThat(r.batasHariKerja()).isEqualTo(2);
		assertThat(r.selesai()).isEqualTo(5);
		assertThat(r.tepatWaktu()).isEqualTo(2);
		assertThat(r.medianHari()).isEqualByComparingTo(BigDecimal.valueOf(hari.get(2)));
		assertThat(penyelesaian.daftar(sekarang.minus(Duration.ofDays(1)), sekarang.plus(Duration.ofDays(1)), 1000))
			.extracting(PenyelesaianPermohonan.Penyelesaian::kode).containsAll(kode.subList(0, 5)).doesNotContain(kode.get(5));
		assertThat(penyelesaian.rekap(sekarang.plus(Duration.ofDays(1)), sekarang.plus(Duration.ofDays(2))))
			.noneMatch(x -> x.alurKode().equals(alur));
	}
}
