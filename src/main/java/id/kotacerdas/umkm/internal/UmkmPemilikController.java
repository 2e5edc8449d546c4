package id.kotacerdas.umkm.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The owner's own pages, reached by the private link of the registration (the engine's tracking code and token, also
 * offered on the engine's private page): change the business's data, add products with a photo, withdraw it from the
 * public directory or list it again. No sign-in; a wrong token is 404.
 */
@Controller
@RequestMapping("/umkm/kelola/{kode}/{token}")
class UmkmPemilikController {

	private final RegisterUmkm register;

	private final KatalogUmkm katalog;

	private final UsahaRepository repo;

	private final PenyajiUmkm penyaji;

	private final ReferensiUmkm referensi;

	private final Wilayah wilayah;

	private final LayananBerkas berkas;

	private final MessageSource pesan;

	UmkmPemilikController(RegisterUmkm register, KatalogUmkm katalog, UsahaRepository repo, PenyajiUmkm penyaji, ReferensiUmkm referensi,
			Wilayah wilayah, LayananBerkas berkas, MessageSource pesan) {
		this.register = register;
		this.katalog = katalog;
		this.repo = repo;
		this.penyaji = penyaji;
		this.referensi = referensi;
		this.wilayah = wilayah;
		this.berkas = berkas;
		this.pesan = pesan;
	}

	private static String alamat(String kode, String token) {
		return "/umkm/kelola/" + kode + "/" + token;
	}

	@GetMapping
	String kelola(@PathVariable String kode, @PathVariable String token, Model model, Locale bahasa) {
		Usaha u = register.milikPemohon(kode, token);
		model.addAttribute("t", penyaji.tampilan(u, bahasa));
		model.addAttribute("produk", repo.produk(u.id()));
		model.addAttribute("alamat", alamat(kode, token));
		model.addAttribute("bolehDiubah", u.status() == StatusUsaha.AKTIF || u.status() == StatusUsaha.DIAJUKAN);
		return "umkm/kelola";
	}

	@GetMapping("/ubah")
	String ubah(@PathVariable String kode, @PathVariable String token, Model model) {
		Usaha u = register.milikPemohon(kode, token);
		return formulir(u, kode, token, FormulirUsaha.dari(u), Map.of(), model);
	}

	@PostMapping(value = "/ubah", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@BatasLaju("umkm-daftar")
	String simpan(@PathVariable String kode, @PathVariable String token, @ModelAttribute("formulir") FormulirUsaha f,
			@RequestParam(name = "foto", required = false) List<MultipartFile> foto, @RequestParam(name = "stikerQris", required = false) MultipartFile stiker,
			Model model, Locale bahasa, HttpServletResponse jawaban, RedirectAttributes redirect) {
		Usaha u = register.milikPemohon(kode, token);
		try {
			register.ubah(u.id(), f, foto == null ? List.of() : berkas.terimaFoto(foto), BagianFormulir.stiker(stiker), "umkm.diubah-pemilik");
			redirect.addFlashAttribute("pesan", "umkm.ubah.tersimpan");
			return "redirect:" + alamat(kode, token);
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return formulir(u, kode, token, f, ex.pesan(pesan, bahasa), model);
		}
	}

	@PostMapping(value = "/produk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@BatasLaju("umkm-daftar")
	String produk(@PathVariable String kode, @PathVariable String token, @RequestParam(required = false) String nama,
			@RequestParam(required = false) String hargaMin, @RequestParam(required = false) String hargaMaks,
			@RequestParam(name = "foto", required = false) List<MultipartFile> foto, RedirectAttributes redirect, Locale bahasa) {
		Usaha u = register.milikPemohon(kode, token);
		try {
			katalog.tambahProduk(u.id(), nama, hargaMin, hargaMaks, foto == null ? List.of() : berkas.terimaFoto(foto));
			redirect.addFlashAttribute("pesan", "umkm.staf.produk-tersimpan");
		}
		catch (IsianDitolakException ex) {
			redirect.addFlashAttribute("galatProduk", ex.pesan(pesan, bahasa));
		}
		return "redirect:" + alamat(kode, token) + "#produk";
	}

	@PostMapping("/direktori")
	String direktori(@PathVariable String kode, @PathVariable String token, @RequestParam boolean tampil, RedirectAttributes redirect) {
		Usaha u = register.milikPemohon(kode, token);
		register.tampilkan(u.id(), tampil, "umkm.direktori-pemilik");
		redirect.addFlashAttribute("pesan", tampil ? "umkm.direktori.ditampilkan" : "umkm.direktori.ditarik");
		return "redirect:" + alamat(kode, token);
	}

	private String formulir(Usaha u, String kode, String token, FormulirUsaha f, Map<String, String> galat, Model model) {
		BagianFormulir.isi(model, f, galat, wilayah, referensi);
		model.addAttribute("aksi", alamat(kode, token) + "/ubah");
		model.addAttribute("ubah", u.nama());
		model.addAttribute("nikTersamar", u.nikTersamar());
		model.addAttribute("kembali", alamat(kode, token));
		model.addAttribute("dibantu", false);
		return "umkm/formulir";
	}
}
