package id.kotacerdas.iven.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.wilayah.Wilayah;

/** What the submission form needs, shared by the community's page and the staff's. */
final class BagianFormulirIven {

	private BagianFormulirIven() {
	}

	/** The poster's bytes, or null when none was chosen (a form sends an empty part). */
	static byte[] poster(LayananBerkas berkas, MultipartFile poster) {
		if (poster == null || poster.isEmpty()) {
			return null;
		}
		List<byte[]> isi = berkas.terimaFoto(List.of(poster));
		return isi.isEmpty() ? null : isi.get(0);
	}

	static String isi(Model model, FormulirAcara f, Map<String, String> galat, Wilayah wilayah, String aksi, boolean staf) {
		model.addAttribute("formulir", f);
		model.addAttribute("galat", galat);
		model.addAttribute("kelurahan", wilayah.kelurahan());
		model.addAttribute("jenis", JenisAcara.values());
		model.addAttribute("penyelenggaraJenis", Arrays.asList(PenyelenggaraJenis.values()));
		model.addAttribute("aksi", aksi);
		model.addAttribute("olehStaf", staf);
		return "iven/formulir";
	}
}
