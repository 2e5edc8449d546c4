package id.kotacerdas.wifi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.HalamanImpor;
import id.kotacerdas.platform.Peran;
import jakarta.servlet.http.HttpServletResponse;

/** The usage import: upload, see what a dry run would store, then apply with the same file. */
@Controller
@RequestMapping("/staf/wifi/impor")
@PreAuthorize(Peran.Akses.KOMINFO)
class ImporController {

	private final ImporPemakaian impor;

	private final HalamanImpor halaman;

	private final MessageSource pesan;

	ImporController(ImporPemakaian impor, HalamanImpor halaman, MessageSource pesan) {
		this.impor = impor;
		this.halaman = halaman;
		this.pesan = pesan;
	}

	@GetMapping
	String formulir() {
		return "wifi/impor";
	}

	/** The dry run, or the dry run and the apply in one request ({@code terapkan}): the file is not kept between them. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String impor(@RequestParam(name = "berkas", required = false) MultipartFile berkas, @RequestParam(defaultValue = "false") boolean terapkan,
			Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban) throws IOException {
		return halaman.langkah(() -> {
			ImporPemakaian.Hasil hasil;
			try (InputStream masuk = HalamanImpor.aliran(berkas, "wifi.impor.tanpa-berkas")) {
				hasil = impor.impor(staf, masuk, terapkan);
			}
			if (terapkan && !hasil.diterapkan()) {
				jawaban.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
			model.addAttribute("hasil", hasil);
			model.addAttribute("barisDitolak", hasil.ditolak().stream()
				.map(d -> pesan.getMessage("wifi.impor.baris", new Object[] { d.nomor(), pesan.getMessage(d.kodePesan(), new Object[] { d.argumen() }, bahasa) },
						bahasa))
				.toList());
			model.addAttribute("diminta", terapkan);
			return "wifi/impor";
		}, () -> "wifi/impor", s -> true, model, jawaban, bahasa);
	}
}
