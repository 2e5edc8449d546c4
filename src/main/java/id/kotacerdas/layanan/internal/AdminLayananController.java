package id.kotacerdas.layanan.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Kominfo's and the owning agencies' administrators keep the catalogue: the list, and one form
 * per service with its standard, form and steps. A refused form comes back as typed with every
 * problem at once; a save is audited and defines the service's flow in the engine.
 */
@Controller
@RequestMapping("/staf/layanan")
@PreAuthorize(Peran.Akses.ADMIN)
class AdminLayananController {

	private final KatalogLayanan katalog;

	private final MessageSource pesan;

	AdminLayananController(KatalogLayanan katalog, MessageSource pesan) {
		this.katalog = katalog;
		this.pesan = pesan;
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		model.addAttribute("layanan", katalog.semua());
		model.addAttribute("namaOpd", namaOpd());
		return "layanan/admin-daftar";
	}

	@GetMapping("/baru")
	String baru(Model model) {
		return formulir(DrafLayanan.kosong(), true, Map.of(), model);
	}

	@GetMapping("/{kode}/ubah")
	String ubah(@PathVariable String kode, Staf staf, Model model) {
		JenisLayanan l = katalog.cari(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("layanan.tidak-ditemukan", kode));
		if (!staf.adminAtas(l.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "layanan.galat.tidak-berwenang");
		}
		return formulir(DrafLayanan.dari(l), false, Map.of(), model);
	}

	@PostMapping({ "/baru", "/{kode}/ubah" })
	String simpan(@PathVariable(required = false) String kode, @RequestParam MultiValueMap<String, String> form, Staf staf, Model model,
			Locale locale, HttpServletResponse jawaban, RedirectAttributes redirect) {
		boolean baru = kode == null;
		if (!baru) {
			// the code names the service being edited; it is not changed by the form
			form.set("kode", kode);
		}
		else if (katalog.cari(form.getFirst("kode") == null ? "" : form.getFirst("kode").strip()).isPresent()) {
			jawaban.setStatus(HttpStatus.CONFLICT.value());
			return formulir(DrafLayanan.dari(form), true, Map.of("kode", pesan.getMessage("layanan.galat.kode-dipakai", null, locale)), model);
		}
		DrafLayanan draf = DrafLayanan.dari(form);
		try {
			IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
			JenisLayanan l = draf.jenis(p);
			if (p.ada()) {
				p.tambah(l.periksa());
				p.lempar();
			}
			JenisLayanan tersimpan = katalog.simpan(l, staf);
			redirect.addFlashAttribute("sukses", "layanan.admin.tersimpan");
			return "redirect:/staf/layanan/" + tersimpan.kode() + "/ubah";
		}
		catch (PermintaanDitolakException ex) {
			if (ex.status() == HttpStatus.FORBIDDEN) {
				throw ex;
			}
			jawaban.setStatus(ex.status().value());
			Map<String, String> galat = ex instanceof IsianDitolakException i ? i.pesan(pesan, locale)
					: Map.of("formulir", pesan.getMessage(ex.kodePesan(), ex.argumen(), ex.kodePesan(), locale));
			return formulir(draf, baru, galat, model);
		}
	}

	private String formulir(DrafLayanan draf, boolean baru, Map<String, String> galat, Model model) {
		model.addAttribute("draf", draf);
		model.addAttribute("nilai", draf.nilai());
		model.addAttribute("baru", baru);
		model.addAttribute("galat", galat);
		model.addAttribute("daftarOpd", katalog.opdAktif());
		model.addAttribute("daftarTingkat", Tingkat.values());
		model.addAttribute("jenisIsian", Isian.Jenis.values());
		model.addAttribute("jenisDokumen", DokumenSyarat.Jenis.values());
		model.addAttribute("daftarPeran", List.of(Peran.ADMIN_OPD, Peran.PETUGAS_TRC));
		return "layanan/admin-formulir";
	}

	private Map<Long, String> namaOpd() {
		Map<Long, String> hasil = new java.util.HashMap<>();
		katalog.opdAktif().forEach(o -> hasil.put(o.id(), o.nama()));
		return hasil;
	}
}
