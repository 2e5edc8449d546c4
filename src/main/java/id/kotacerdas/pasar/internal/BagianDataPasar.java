package id.kotacerdas.pasar.internal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.kotacerdas.akun.Staf;

/** The supervisor page's data section: downloads for supervisors, import and reference data for administrators. */
@Component
class BagianDataPasar {

	private final LayananHarga layanan;

	private final ReferensiPasar referensi;

	private final HargaRepository repo;

	BagianDataPasar(LayananHarga layanan, ReferensiPasar referensi, HargaRepository repo) {
		this.layanan = layanan;
		this.referensi = referensi;
		this.repo = repo;
	}

	void isi(Staf staf, Model model) {
		boolean unduh = layanan.bolehMengawasi(staf);
		model.addAttribute("bolehUnduh", unduh);
		model.addAttribute("bolehKelola", referensi.boleh(staf));
		if (unduh) {
			model.addAttribute("unduhPasar", repo.pasar());
			model.addAttribute("unduhKomoditas", repo.komoditas());
			model.addAttribute("unduhDari", layanan.hariIni().minusDays(SaringanHarga.HARI_BAWAAN));
			model.addAttribute("unduhSampai", layanan.hariIni());
		}
	}
}
