package id.kotacerdas.pengaduan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.platform.Peran;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.ekspor.Tabel;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

@Controller
class StatistikController {

	/** The rate stands beside the counts that make it, and the missed deadlines come before the medians. */
	private static final List<Kolom<StatistikPengaduan.Baris>> KOLOM = List.of(
			Kolom.bilangan("stat.diterima", StatistikPengaduan.Baris::diterima),
			Kolom.bilangan("stat.terbuka", StatistikPengaduan.Baris::terbuka),
			Kolom.bilangan("stat.terlambat", StatistikPengaduan.Baris::terlambat),
			Kolom.bilangan("stat.belum-direspons", StatistikPengaduan.Baris::belumDirespons),
			Kolom.persen("stat.tepat-waktu", 1, StatistikPengaduan.Baris::persenTepatWaktu),
			Kolom.bilangan("stat.tepat-jumlah", StatistikPengaduan.Baris::tepatWaktu),
			Kolom.bilangan("stat.jatuh-tempo", StatistikPengaduan.Baris::jatuhTempo),
			Kolom.bilangan("stat.diselesaikan", StatistikPengaduan.Baris::diselesaikan),
			Kolom.desimal("stat.median-respons", 1, StatistikPengaduan.Baris::medianResponsJam),
			Kolom.desimal("stat.median-selesai", 1, StatistikPengaduan.Baris::medianSelesaiJam),
			Kolom.persen("stat.dibuka-kembali", 1, StatistikPengaduan.Baris::persenDibukaKembali),
			Kolom.persen("stat.dikonfirmasi", 1, StatistikPengaduan.Baris::persenDikonfirmasi),
			Kolom.desimal("stat.penilaian", 1, StatistikPengaduan.Baris::rataPenilaian),
			Kolom.bilangan("stat.jumlah-penilaian", StatistikPengaduan.Baris::jumlahPenilaian));

	private static final List<Kolom<StatistikPengaduan.Sel>> KOLOM_SILANG = List.of(
			Kolom.bilangan("stat.diterima", StatistikPengaduan.Sel::diterima),
			Kolom.bilangan("stat.jatuh-tempo", StatistikPengaduan.Sel::jatuhTempo),
			Kolom.persen("stat.tepat-waktu", 1, StatistikPengaduan.Sel::persenTepatWaktu));

	private static final List<Kolom<StatistikPengaduan.BarisSaluran>> KOLOM_SALURAN = List.of(
			Kolom.teks("saluran.judul", b -> Kolom.pesan(b.saluranPesan())),
			Kolom.bilangan("stat.diterima", StatistikPengaduan.BarisSaluran::diterima),
			Kolom.persen("stat.porsi", 1, StatistikPengaduan.BarisSaluran::persen),
			Kolom.desimal("stat.median-respons", 1, StatistikPengaduan.BarisSaluran::medianResponsJam));

	private final StatistikPengaduan statistik;

	private final ObjectMapper json;

	private final PenulisEkspor ekspor;

	StatistikController(StatistikPengaduan statistik, ObjectMapper json, PenulisEkspor ekspor) {
		this.statistik = statistik;
		this.json = json;
		this.ekspor = ekspor;
	}

	@GetMapping("/staf/pengaduan/statistik")
	@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
	String staf(@RequestParam(defaultValue = "opd") String dimensi, @RequestParam(required = false) LocalDate dari,
			@RequestParam(required = false) LocalDate sampai, Model model) {
		isi(model, dimensi, dari, sampai);
		model.addAttribute("halamanStaf", true);
		model.addAttribute("silang", silang(dari, sampai));
		model.addAttribute("perSaluran", statistik.perSaluran(awal(dari), akhir(sampai)));
		return "pengaduan/statistik";
	}

	@GetMapping("/pengaduan/statistik")
	@BacaanPublik
	String publik(@RequestParam(defaultValue = "kategori") String dimensi, @RequestParam(required = false) LocalDate dari,
			@RequestParam(required = false) LocalDate sampai, Model model) {
		isi(model, dimensi, dari, sampai);
		return "pengaduan/statistik";
	}

	@GetMapping("/staf/pengaduan/statistik.{format}")
	@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
	void unduh(@PathVariable FormatEkspor format, @RequestParam(defaultValue = "opd") String dimensi,
			@RequestParam(required = false) LocalDate dari, @RequestParam(required = false) LocalDate sampai, HttpServletResponse jawaban) {
		MessageSourceResolvable namaDimensi = Kolom.pesan("stat.dimensi." + dimensiSah(dimensi));
		List<Kolom<StatistikPengaduan.Baris>> kolom = new ArrayList<>();
		kolom.add(Kolom.<StatistikPengaduan.Baris>teks("stat.dimensi." + dimensi, StatistikPengaduan.Baris::nama));
		kolom.addAll(KOLOM);
		StatistikPengaduan.TabelSilang silang = silang(dari, sampai);
		ekspor.kirim(new Ekspor(Kolom.pesan("stat.ekspor.judul", namaDimensi),
				List.of(new Tabel<>(namaDimensi, kolom, baris(dimensi, dari, sampai)),
						new Tabel<>(Kolom.pesan("stat.silang"), kolomSilang(silang), silang.baris()),
						new Tabel<>(Kolom.pesan("stat.saluran"), KOLOM_SALURAN, statistik.perSaluran(awal(dari), akhir(sampai))))),
				format, jawaban);
	}

	private StatistikPengaduan.TabelSilang silang(LocalDate dari, LocalDate sampai) {
		return statistik.opdPerBulan(awal(dari), akhir(sampai));
	}

	/** One column triple per month, the rate beside the volumes it is computed from: "2023-05 Diterima", … */
	private static List<Kolom<StatistikPengaduan.BarisSilang>> kolomSilang(StatistikPengaduan.TabelSilang silang) {
		List<Kolom<StatistikPengaduan.BarisSilang>> kolom = new ArrayList<>();
		kolom.add(Kolom.teks("stat.dimensi.opd", StatistikPengaduan.BarisSilang::nama));
		for (int i = 0; i < silang.bulan().size(); i++) {
			int bulan = i;
			for (Kolom<StatistikPengaduan.Sel> k : KOLOM_SILANG) {
				kolom.add(k.<StatistikPengaduan.BarisSilang>dari(b -> b.sel().get(bulan))
					.denganJudul(Kolom.pesan("stat.silang.kolom", silang.bulan().get(i), k.judul())));
			}
		}
		return kolom;
	}

	private void isi(Model model, String dimensi, LocalDate dari, LocalDate sampai) {
		List<StatistikPengaduan.Baris> baris = baris(dimensi, dari, sampai);
		model.addAttribute("baris", baris);
		model.addAttribute("dimensi", dimensi);
		model.addAttribute("dari", dari);
		model.addAttribute("sampai", sampai);
		model.addAttribute("dataGrafik", json.writeValueAsString(baris));
	}

	private List<StatistikPengaduan.Baris> baris(String dimensi, LocalDate dari, LocalDate sampai) {
		return statistik.hitung(dimensiSah(dimensi), awal(dari), akhir(sampai));
	}

	/** An unknown dimension is the caller's mistake (400), before it names a message or a query. */
	private static String dimensiSah(String dimensi) {
		if (!StatistikPengaduan.dimensiSah(dimensi)) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "dimensi");
		}
		return dimensi;
	}

	private static Instant awal(LocalDate dari) {
		return dari == null ? StatistikPengaduan.AWAL : PengaduanWargaController.awal(dari);
	}

	private static Instant akhir(LocalDate sampai) {
		return sampai == null ? StatistikPengaduan.AKHIR : PengaduanWargaController.awal(sampai.plusDays(1));
	}
}
