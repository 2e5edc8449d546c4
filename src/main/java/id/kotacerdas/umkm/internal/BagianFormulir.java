package id.kotacerdas.umkm.internal;

import java.util.Map;

import org.springframework.ui.Model;

import id.kotacerdas.wilayah.Wilayah;

/** What the registration form needs, for the owner's page and the staff's assisted page alike. */
final class BagianFormulir {

	private BagianFormulir() {
	}

	static void isi(Model model, FormulirUsaha f, Map<String, String> galat, Wilayah wilayah, ReferensiUmkm referensi) {
		model.addAttribute("formulir", f);
		model.addAttribute("galat", galat);
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("kbli", referensi.kbli());
		model.addAttribute("bentuk", BentukHukum.values());
		model.addAttribute("fotoMaks", RegisterUmkm.FOTO_MAKS);
		model.addAttribute("tokoMaks", RegisterUmkm.TOKO_MAKS);
	}
}
