package id.kotacerdas.kepegawaian.internal.siasn;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import id.kotacerdas.KotaCerdasApplication;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Peran;

/**
 * SIASN benchmark (bench/kepegawaian/run.sh): the whole application in this JVM on its embedded
 * PostgreSQL; a 10,000-row sheet in the SIASN layout (the tests' generator); the dry run and the
 * apply of the import, then the city-wide quality check, each timed and with the heap's peak
 * (every heap pool's peak, reset before the step). Compiled into the package it measures, so it
 * calls the services the pages call, without HTTP.
 */
public final class BebanSiasn {

	private BebanSiasn() {
	}

	public static void main(String[] args) {
		int baris = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		ConfigurableApplicationContext app = new SpringApplication(KotaCerdasApplication.class).run("--logging.level.root=WARN",
				"--server.port=0");
		try {
			ImporSiasn impor = app.getBean(ImporSiasn.class);
			MutuSiasn mutu = app.getBean(MutuSiasn.class);
			RujukanSiasn rujukan = app.getBean(RujukanSiasn.class);
			Staf kominfo = new Staf(1, "bench", "Bench", "bench@bench.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);
			List<Map<String, String>> data = LembarSiasnUji.baris(baris, 2026, 0);
			byte[] xlsx = LembarSiasnUji.xlsx(data);
			System.out.printf(Locale.ROOT, "sheet: %,d rows, %,d bytes XLSX%n", baris, xlsx.length);

			ImporSiasn.Laporan l = ukur("import dry run (all new)", () -> impor.periksa(kominfo, "bench.xlsx", xlsx));
			System.out.printf(Locale.ROOT, "  new %d, refused %d%n", l.hitung(ImporSiasn.Status.BARU), l.hitung(ImporSiasn.Status.DITOLAK));
			ukur("import apply (all new, with first history rows)", () -> impor.terapkan(kominfo, l.unggahan()));

			// a second export a month later: every tenth employee promoted
			for (int i = 0; i < data.size(); i += 10) {
				data.get(i).put("GOL_AKHIR_ID", "IV/b");
				data.get(i).put("TMT_GOLONGAN", "01-04-2026");
			}
			byte[] ulang = LembarSiasnUji.xlsx(data);
			ImporSiasn.Laporan l2 = ukur("import dry run (10 % changed)", () -> impor.periksa(kominfo, "bench-2.xlsx", ulang));
			System.out.printf(Locale.ROOT, "  changed %d, unchanged %d%n", l2.hitung(ImporSiasn.Status.DIUBAH), l2.hitung(ImporSiasn.Status.SAMA));
			ukur("import apply (10 % changed, as rank history rows)", () -> impor.terapkan(kominfo, l2.unggahan()));

			ukur("SIASN reference import", () -> rujukan.impor(kominfo, java.time.LocalDate.now().minusDays(1), "ref.xlsx",
					LembarSiasn.Jenis.XLSX, new java.io.ByteArrayInputStream(xlsx)));
			MutuSiasn.Hasil h = ukur("city-wide quality check", () -> mutu.periksaLingkup(null));
			System.out.printf(Locale.ROOT, "  employees %d, to fix %d, city score %.1f%n", h.jumlahPegawai(), h.bermasalah().size(), h.skorKota());
			ukur("city-wide quality check (again, warm)", () -> mutu.periksaLingkup(null));
		}
		finally {
			app.close();
		}
	}

	private static <T> T ukur(String nama, Supplier<T> langkah) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long mulai = System.nanoTime();
		T hasil = langkah.get();
		long ms = (System.nanoTime() - mulai) / 1_000_000;
		long puncak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf(Locale.ROOT, "%-52s %,8d ms   heap peak %,6d MB%n", nama, ms, puncak / (1024 * 1024));
		return hasil;
	}
}
