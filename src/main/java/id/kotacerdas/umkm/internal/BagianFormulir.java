package id.kotacerdas.umkm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.wilayah.Wilayah;

/** What the registration form needs, for the owner's page and the staff's assisted page alike. */
final class BagianFormulir {

	private BagianFormulir() {
	}

	/** The sticker photo's bytes, or null when none was chosen (a form sends an empty part). */
	static byte[] stiker(MultipartFile stiker) {
		try {
			return stiker == null || stiker.isEmpty() ? null : stiker.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
