package id.kotacerdas.masterplan.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.kotacerdas.platform.PermintaanDitolakException;

/** What the public and the leadership dashboards put in front of people; they differ only in the pending values. */
@Component
class TampilanMasterplan {

	private final LayananMasterplan layanan;

	private final MasterplanRepository repo;

	TampilanMasterplan(LayananMasterplan layanan, MasterplanRepository repo) {
		this.layanan = layanan;
		this.repo = repo;
	}

	void dasbor(String tahun, boolean pimpinan, Model model) {
		int t = tahun(tahun);
		Papan papan = layanan.papan(pimpinan);
		model.addAttribute("papan", papan);
		umum(t, pimpinan, model);
		model.addAttribute("ringkasan", Ringkasan.dari(papan, t));
	}

	void indikator(String kode, String tahun, boolean pimpinan, Model model) {
		int t = tahun(tahun);
		Papan.Baris b = layanan.baris(kode, pimpinan).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("masterplan.indikator.tidak-ada"));
		model.addAttribute("baris", b);
		model.addAttribute("terpilih", b.tahun(t));
		model.addAttribute("perOpd", b.indikator().langsung() ? repo.cuplikanOpd(b.indikator().id(), t) : List.of());
		model.addAttribute("perKelurahan", b.indikator().langsung() ? repo.cuplikanKelurahan(b.indikator().id(), t) : List.of());
		model.addAttribute("riwayatIsian", b.indikator().langsung() ? List.of()
				: repo.isianIndikator(b.indikator().id()).stream().filter(n -> pimpinan || n.status() == NilaiIsian.Status.TERVERIFIKASI).toList());
		model.addAttribute("grafik", Grafik.dari(b));
		umum(t, pimpinan, model);
	}

	private void umum(int tahun, boolean pimpinan, Model model) {
		model.addAttribute("tahun", tahun);
		model.addAttribute("pilihanTahun", layanan.tahunPeta());
		model.addAttribute("pimpinan", pimpinan);
		model.addAttribute("aturan", layanan.aturan());
		model.addAttribute("dasar", pimpinan ? "/staf/masterplan" : "/masterplan");
	}

	/** This year unless a roadmap year is asked for; anything else is refused (400). */
	int tahun(String teks) {
		if (teks == null || teks.isBlank()) {
			return Math.min(Math.max(layanan.tahunIni(), layanan.tahunPeta().get(0)), MasterplanProperties.TAHUN_AKHIR);
		}
		try {
			int t = Integer.parseInt(teks.strip());
			if (layanan.tahunPeta().contains(t)) {
				return t;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new PermintaanDitolakException("galat.parameter-tidak-valid", "tahun");
	}

	/** How many indicators are green, amber, red and without data in the year: the line on top of the dashboard. */
	record Ringkasan(long hijau, long kuning, long merah, long tanpaData) {

		static Ringkasan dari(Papan papan, int tahun) {
			long[] n = new long[4];
			papan.semuaBaris().forEach(b -> n[b.tahun(tahun).capaian().ordinal()]++);
			return new Ringkasan(n[0], n[1], n[2], n[3]);
		}
	}

	/** The trend chart's series, as text for the canvas's data attributes (the table below it says the same). */
	record Grafik(String label, String target, String aktual) {

		static Grafik dari(Papan.Baris b) {
			return new Grafik(daftar(b.tahunan().stream().map(t -> "\"" + t.tahun() + "\"").toList()),
					daftar(b.tahunan().stream().map(t -> t.target() == null ? "null" : t.target().toPlainString()).toList()),
					daftar(b.tahunan().stream().map(t -> t.aktual() == null ? "null" : t.aktual().toPlainString()).toList()));
		}

		private static String daftar(List<String> isi) {
			return "[" + String.join(",", isi) + "]";
		}
	}
}
