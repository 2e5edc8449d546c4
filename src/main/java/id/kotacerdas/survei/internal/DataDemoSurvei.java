package id.kotacerdas.survei.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.permohonan.PenyelesaianPermohonan;
import id.kotacerdas.permohonan.PenyelesaianPermohonan.Penyelesaian;

/**
 * {@code --demo}: survey answers for the demo's completed applications (after the engine's demo,
 * order 210), so the compliance page shows an IKM. Each pattern is a plausible respondent; the last
 * application is left unanswered, so its private page offers the survey.
 */
@Component
@Profile("demo")
class DataDemoSurvei {

	private static final Logger log = LoggerFactory.getLogger(DataDemoSurvei.class);

	/** How far back completed applications are looked for. */
	private static final Duration RENTANG = Duration.ofDays(31);

	private record Contoh(int[] nilai, Responden.Umur umur, Responden.JenisKelamin jk, Responden.Pendidikan pendidikan,
			Responden.Pekerjaan pekerjaan, String saran) {
	}

	private static final List<Contoh> CONTOH = List.of(
			new Contoh(new int[] { 4, 3, 4, 4, 3, 3, 4, 3, 3 }, Responden.Umur.USIA_40_49, Responden.JenisKelamin.LAKI_LAKI,
					Responden.Pendidikan.SEKOLAH_MENENGAH_ATAS, Responden.Pekerjaan.WIRAUSAHA, "Pelayanan cepat, petugas ramah."),
			new Contoh(new int[] { 3, 3, 3, 4, 3, 3, 3, 2, 2 }, Responden.Umur.USIA_20_29, Responden.JenisKelamin.PEREMPUAN,
					Responden.Pendidikan.SARJANA, Responden.Pekerjaan.PELAJAR_MAHASISWA, "Ruang tunggu kantor kelurahan panas, mohon kipas angin."),
			new Contoh(new int[] { 3, 2, 2, 4, 3, 3, 3, 3, 3 }, null, null, null, null, null));

	private final PenyelesaianPermohonan penyelesaian;

	private final LayananSurvei layanan;

	private final SurveiRepository repo;

	private final Clock clock;

	DataDemoSurvei(PenyelesaianPermohonan penyelesaian, LayananSurvei layanan, SurveiRepository repo, Clock clock) {
		this.penyelesaian = penyelesaian;
		this.layanan = layanan;
		this.repo = repo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(220)
	public void isi() {
		Instant sekarang = clock.instant();
		List<Penyelesaian> selesai = penyelesaian.daftar(sekarang.minus(RENTANG), sekarang.plusSeconds(1), CONTOH.size() + 1);
		int dijawab = 0;
		// the latest completed application stays unanswered: its private page offers the survey
		for (int i = 1; i < selesai.size() && dijawab < CONTOH.size(); i++) {
			Penyelesaian p = selesai.get(i);
			if (repo.ada(p.kode())) {
				continue;
			}
			Contoh c = CONTOH.get(dijawab++);
			layanan.simpan(new Jawaban(p, c.nilai(), c.umur(), c.jk(), c.pendidikan(), c.pekerjaan(), c.saran(), sekarang));
		}
		log.warn("Demo: {} satisfaction survey answers", dijawab);
	}
}
