package id.kotacerdas.jalan.internal;

import java.math.BigDecimal;
import java.time.Clock;
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
import id.kotacerdas.platform.Waktu;

/**
 * The roads of {@code --demo}: ten PUPR segments from the hotmix arteries (Jl. El Tari, Jl. Frans Seda, Jl. Timor Raya
 * along the coast) to lapen and earth roads in Alak, each with its latest survey — seen, or measured by IRI or SDI — and
 * a citizen's "jalan rusak" complaint on Jl. Adi Sucipto. Lengths and surveys are plausible, not the register's.
 */
@Component
@Profile("demo")
class DataDemoJalan {

	private static final Logger log = LoggerFactory.getLogger(DataDemoJalan.class);

	private record Contoh(String kode, String nama, double[] titik, int panjang, String lebar, Permukaan permukaan, String kerja, Integer tahun,
			int hariLalu, MetodeSurvei metode, String nilai, KelasKondisi kelas) {
	}

	private static final List<Contoh> CONTOH = List.of(
			new Contoh("ELTARI-1", "Jl. El Tari", new double[] { -10.16080, 123.60050, -10.16820, 123.61170 }, 1500, "14", Permukaan.HOTMIX,
					"Pelapisan ulang AC-WC", 2024, 80, MetodeSurvei.IRI, "3.2", null),
			new Contoh("ELTARI-2", "Jl. El Tari", new double[] { -10.16820, 123.61170, -10.17400, 123.62000 }, 1100, "14", Permukaan.HOTMIX,
					"Pelapisan ulang AC-WC", 2024, 80, MetodeSurvei.VISUAL, null, KelasKondisi.SEDANG),
			new Contoh("FRANSSEDA-1", "Jl. Frans Seda", new double[] { -10.16250, 123.61850, -10.17700, 123.62600 }, 1800, "12", Permukaan.HOTMIX,
					"Pemeliharaan berkala", 2022, 120, MetodeSurvei.IRI, "6.1", null),
			new Contoh("TIMORRAYA-1", "Jl. Timor Raya", new double[] { -10.15330, 123.61800, -10.14650, 123.65200 }, 3800, "10", Permukaan.HOTMIX,
					"Penambalan lubang", 2023, 60, MetodeSurvei.SDI, "112", null),
			new Contoh("SOEHARTO-1", "Jl. Soeharto", new double[] { -10.16600, 123.59000, -10.17700, 123.59600 }, 1300, "10", Permukaan.HOTMIX,
					"Rekonstruksi", 2025, 30, MetodeSurvei.VISUAL, null, KelasKondisi.BAIK),
			new Contoh("CAKDOKO-1", "Jl. Cak Doko", new double[] { -10.16400, 123.58900, -10.16900, 123.59900 }, 1200, "8", Permukaan.HOTMIX,
					null, null, 200, MetodeSurvei.VISUAL, null, KelasKondisi.SEDANG),
			new Contoh("ADISUCIPTO-1", "Jl. Adi Sucipto", new double[] { -10.16600, 123.63800, -10.16600, 123.66000 }, 2400, "9", Permukaan.HOTMIX,
					"Penambalan lubang", 2021, 45, MetodeSurvei.IRI, "9.4", null),
			new Contoh("MANULAI-1", "Jl. Manulai II", new double[] { -10.18800, 123.54200, -10.19500, 123.54800 }, 1000, "4.5", Permukaan.LAPEN,
					null, null, 150, MetodeSurvei.VISUAL, null, KelasKondisi.RUSAK_BERAT),
			new Contoh("NAIONI-1", "Jl. Naioni", new double[] { -10.20500, 123.56000, -10.22000, 123.56500 }, 1700, "4", Permukaan.TANAH,
					null, null, 150, MetodeSurvei.VISUAL, null, KelasKondisi.RUSAK_BERAT),
			new Contoh("BAKUNASE-1", "Jl. Bakunase", new double[] { -10.18000, 123.59200, -10.18500, 123.59900 }, 800, "5", Permukaan.BETON,
					"Rabat beton (dana kelurahan)", 2024, 100, MetodeSurvei.VISUAL, null, KelasKondisi.BAIK));

	private final RuasRepository repo;

	private final DaftarOpd opd;

	private final LayananPengaduan pengaduan;

	private final TransactionTemplate tx;

	private final Clock clock;

	DataDemoJalan(RuasRepository repo, DaftarOpd opd, LayananPengaduan pengaduan, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.opd = opd;
		this.pengaduan = pengaduan;
		this.tx = tx;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(225)
	public void isi() {
		if (repo.cari(CONTOH.get(0).kode()).isPresent()) {
			return;
		}
		long pupr = opd.cariSingkatan("PUPR").orElseThrow().id();
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		tx.executeWithoutResult(s -> CONTOH.forEach(c -> {
			repo.simpan(new Ruas(c.kode(), c.nama(), c.titik()[0], c.titik()[1], c.titik()[2], c.titik()[3], c.panjang(), new BigDecimal(c.lebar()),
					c.permukaan(), pupr, c.kerja(), c.tahun(), null));
			BigDecimal nilai = c.nilai() == null ? null : new BigDecimal(c.nilai());
			repo.catatKondisi(c.kode(), new Ruas.Kondisi(hariIni.minusDays(c.hariLalu()), c.metode(), nilai,
					c.metode().diukur() ? c.metode().kelas(nilai) : c.kelas()), "Bidang Bina Marga PUPR");
		}));
		pengaduan.ajukan(new LaporanBaru("jalan-rusak", "Lubang besar di jalur kiri dekat gerbang Undana, motor sering terjatuh malam hari.",
				null, null, null, "Jl. Adi Sucipto, dekat gerbang Undana", null, null, null, true, false,
				Map.of("bahaya", List.of("motor")), List.of(), "web", "ADISUCIPTO-1"));
		log.info("Demo roads: {} segments", CONTOH.size());
	}
}
