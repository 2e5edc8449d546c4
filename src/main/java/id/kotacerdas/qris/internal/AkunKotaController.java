package id.kotacerdas.qris.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KodeQr;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.qris.KriteriaMerchant;
import jakarta.servlet.http.HttpServletResponse;

/** The city's merchant accounts for agency administrators and Kominfo: list, add, printable codes, a dynamic code for a counter. */
@Controller
@RequestMapping("/staf/qris")
@PreAuthorize(Peran.Akses.ADMIN)
class AkunKotaController {

	private static final int SISI_PNG = 600;

	private final RegisterAkunKota register;

	private final GambarQris gambar;

	private final DaftarOpd opd;

	private final MessageSource pesan;

	AkunKotaController(RegisterAkunKota register, GambarQris gambar, DaftarOpd opd, MessageSource pesan) {
		this.register = register;
		this.gambar = gambar;
		this.opd = opd;
		this.pesan = pesan;
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		return halaman(staf, FormulirAkunKota.kosong(), Map.of(), model);
	}

	@PostMapping
	String tambah(@ModelAttribute FormulirAkunKota formulir, Staf staf, Model model, Locale bahasa, RedirectAttributes redirect,
			HttpServletResponse jawaban) {
		try {
			AkunKota a = register.tambah(formulir, staf);
			redirect.addFlashAttribute("tersimpan", a.data().nama());
			return "redirect:/staf/qris/" + a.id();
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return halaman(staf, formulir, ex.pesan(pesan, bahasa), model);
		}
	}

	private String halaman(Staf staf, FormulirAkunKota formulir, Map<String, String> galat, Model model) {
		Map<String, String> namaOpd = new LinkedHashMap<>();
		Map<String, String> pilihanOpd = new LinkedHashMap<>();
		for (Opd o : opd.semua()) {
			namaOpd.put(Long.toString(o.id()), o.nama());
			if (o.aktif() && staf.adminAtas(o.id())) {
				pilihanOpd.put(Long.toString(o.id()), o.nama());
			}
		}
		Map<String, String> kriteria = new LinkedHashMap<>();
		for (KriteriaMerchant k : KriteriaMerchant.values()) {
			kriteria.put(k.name(), pesan.getMessage(k.kunciPesan(), null, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		model.addAttribute("daftar", register.daftar(staf));
		model.addAttribute("namaOpd", namaOpd);
		model.addAttribute("pilihanOpd", pilihanOpd);
		model.addAttribute("pilihanKriteria", kriteria);
		model.addAttribute("formulir", formulir);
		model.addAttribute("galat", galat);
		return "qris/staf-daftar";
	}

	@GetMapping("/{id:\\d+}")
	String rinci(@PathVariable long id, @RequestParam(required = false) Long nominal, Staf staf, Model model) {
		AkunKota a = register.akun(id, staf);
		model.addAttribute("akun", a);
		model.addAttribute("payload", a.payloadStatis());
		model.addAttribute("nominal", nominal);
		if (nominal != null) {
			model.addAttribute("payloadDinamis", PembuatQris.jadikanDinamis(a.payloadStatis(), nominal));
		}
		return "qris/staf-rinci";
	}

	@GetMapping("/{id:\\d+}/qr.png")
	ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(required = false) Long nominal, Staf staf) {
		AkunKota a = register.akun(id, staf);
		String payload = nominal == null ? a.payloadStatis() : PembuatQris.jadikanDinamis(a.payloadStatis(), nominal);
		return unduhan(KodeQr.png(payload, SISI_PNG), MediaType.IMAGE_PNG, null);
	}

	@GetMapping("/{id:\\d+}/qr.svg")
	ResponseEntity<byte[]> svg(@PathVariable long id, Staf staf) {
		AkunKota a = register.akun(id, staf);
		return unduhan(KodeQr.svg(a.payloadStatis(), null).getBytes(StandardCharsets.UTF_8), MediaType.valueOf("image/svg+xml"),
				"qris-" + a.data().nmid() + ".svg");
	}

	@GetMapping("/{id:\\d+}/stiker.pdf")
	ResponseEntity<byte[]> stiker(@PathVariable long id, Staf staf, Locale bahasa) {
		AkunKota a = register.akun(id, staf);
		DataMerchant d = a.data();
		return unduhan(gambar.stiker(a.payloadStatis(), d.nama(), d.nmid(), d.kota(), bahasa), MediaType.APPLICATION_PDF, "stiker-qris-" + d.nmid() + ".pdf");
	}

	private static ResponseEntity<byte[]> unduhan(byte[] isi, MediaType jenis, String namaBerkas) {
		ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(jenis).cacheControl(CacheControl.noStore());
		if (namaBerkas != null) {
			b.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(namaBerkas).build().toString());
		}
		return b.body(isi);
	}
}
