package id.kotacerdas.pju.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;

/**
 * The street lights of {@code --demo}: poles along three Kupang roads — Jl. El Tari and Jl. Frans Seda (Dishub,
 * metered LED from the 2023 conversion) and Jl. Timor Raya on the coast (PUPR, older SON-T on flat-rate
 * connections) — with a season of history: patrol outages and repairs, a pole that keeps going dark, two
 * poles stripped of their cable (theft), and a citizen's complaint about a dark pole on Jl. El Tari.
 */
@Component
@Profile("demo")
class DataDemoPju {

	private static final Logger log = LoggerFactory.getLogger(DataDemoPju.class);

	/** A road's row of poles: its code prefix, ends, owner, lamp, height, connection, contract. */
	private record Deret(String awalan, String ruas, double lat1, double lon1, double lat2, double lon2, int jumlah, String pemilik,
			JenisLampu lampu, int watt, int tinggi, Sambungan sambungan, LocalDate pasang, String kontrak, String usulan) {
	}

	static final List<Deret> DERET = List.of(
			new Deret("PJU-ELT", "ELTARI-1", -10.16080, 123.60050, -10.16820, 123.61170, 12, "Dishub", JenisLampu.LED, 90, 9, Sambungan.METER,
					LocalDate.of(2023, 8, 14), "027/PJU-LED/Dishub/2023", null),
			new Deret("PJU-FSD", "FRANSSEDA-1", -10.16250, 123.61850, -10.17700, 123.62600, 12, "Dishub", JenisLampu.LED, 60, 7, Sambungan.METER,
					LocalDate.of(2023, 9, 4), "027/PJU-LED/Dishub/2023", "Musrenbang Kec. Oebobo 2022: penerangan Jl. Frans Seda"),
			new Deret("PJU-TMR", "TIMORRAYA-1", -10.15330, 123.61800, -10.14650, 123.65200, 12, "PUPR", JenisLampu.SON_T, 150, 9,
					Sambungan.ABONEMEN, LocalDate.of(2016, 5, 2), "602/PJU/PU/2016", null));

	private final RegisterTiang register;

	private final TiangRepository repo;

	private final DaftarOpd opd;

	private final LayananPengaduan pengaduan;

	private final TransactionTemplate tx;

	private final Clock clock;

	DataDemoPju(RegisterTiang register, TiangRepository repo, DaftarOpd opd, LayananPengaduan pengaduan, TransactionTemplate tx, Clock clock) {
		this.register = register;
		this.repo = repo;
		this.opd = opd;
		this.pengaduan = pengaduan;
		this.tx = tx;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(230)
	public void isi() {
		if (repo.cari("PJU-ELT-001").isPresent()) {
			return;
		}
		Instant sekarang = clock.instant();
		Instant dipasang = sekarang.minus(Duration.ofDays(200));
		tx.executeWithoutResult(s -> {
			for (Deret d : DERET) {
				long pemilik = opd.cariSingkatan(d.pemilik()).orElseThrow().id();
				for (int i = 0; i < d.jumlah(); i++) {
					double f = i / (double) (d.jumlah() - 1);
					register.simpan(new Tiang(String.format("%s-%03d", d.awalan(), i + 1), d.lat1() + f * (d.lat2() - d.lat1()),
							d.lon1() + f * (d.lon2() - d.lon1()), null, d.ruas(), d.tinggi(), d.lampu(), d.watt(), pemilik, d.sambungan(), d.pasang(),
							d.kontrak(), i < 4 ? d.usulan() : null, StatusTiang.NYALA, dipasang, SumberStatus.PENDATAAN, null, null));
				}
			}
			// a season of patrols: outages and their repairs (days ago dark, days ago lit again; 0 = still dark)
			Map<String, int[][]> padam = Map.of(
					"PJU-ELT-007", new int[][] { { 150, 146 }, { 90, 88 }, { 30, 27 }, { 6, 0 } },
					"PJU-FSD-003", new int[][] { { 60, 52 } },
					"PJU-FSD-010", new int[][] { { 12, 0 } },
					"PJU-TMR-002", new int[][] { { 80, 61 }, { 20, 0 } },
					"PJU-TMR-005", new int[][] { { 40, 33 } });
			padam.forEach((kode, kali) -> {
				for (int[] k : kali) {
					ubah(kode, StatusTiang.MATI, sekarang.minus(Duration.ofDays(k[0])));
					if (k[1] > 0) {
						ubah(kode, StatusTiang.NYALA, sekarang.minus(Duration.ofDays(k[1])));
					}
				}
			});
			// cable stripped on the dark stretch of Jl. Timor Raya
			ubah("PJU-TMR-008", StatusTiang.HILANG, sekarang.minus(Duration.ofDays(15)));
			ubah("PJU-TMR-009", StatusTiang.HILANG, sekarang.minus(Duration.ofDays(15)));
		});
		Tiang gelap = repo.cari("PJU-ELT-004").orElseThrow();
		pengaduan.ajukan(new LaporanBaru("lampu-jalan", "Lampu jalan di depan toko bangunan mati sejak tiga malam, jalan gelap sekali.",
				null, null, null, "Jl. El Tari, depan toko bangunan", null, null, null, true, false, Map.of(), List.of(), "web", gelap.kode()));
		log.info("Demo street lights: {} poles on Jl. El Tari, Jl. Frans Seda and Jl. Timor Raya", repo.jumlah());
	}

	private void ubah(String kode, StatusTiang status, Instant waktu) {
		Tiang t = repo.kunci(kode).orElseThrow();
		repo.terapkan(kode, t.dariPatroli(status), null, "Patroli malam Dishub", waktu);
	}
}
