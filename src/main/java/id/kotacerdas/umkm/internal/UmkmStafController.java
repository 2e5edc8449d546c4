package id.kotacerdas.umkm.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.pasar.DaftarLapak;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The registry for staff: registrations waiting for verification with their possible duplicates, approval and
 * rejection (through the engine), products and certificates, and the assisted registration for an owner.
 */
@Controller
@RequestMapping("/staf/umkm")
@PreAuthorize(Peran.Akses.STAF)
class UmkmStafController {

	static final int BATAS_DAFTAR = 200;

	private final RegisterUmkm register;

	private final KatalogUmkm katalog;

	private final UsahaRepository repo;

	private final PenyajiUmkm penyaji;

	private final ReferensiUmkm referensi;

	private final Wilayah wilayah;

	private final MesinPermohonan mesin;

	private final LayananBerkas berkas;

	private final MessageSource pesan;

	private final DaftarLapak lapak;

	UmkmStafController(RegisterUmkm register, KatalogUmkm katalog, UsahaRepository repo, PenyajiUmkm penyaji, ReferensiUmkm referensi,
			Wilayah wilayah, MesinPermohonan mesin, LayananBerkas berkas, MessageSource pesan, DaftarLapak lapak) {
		this.lapak = lapak;
		this.register = register;
		this.katalog = katalog;
		this.repo = repo;
		this.penyaji = penyaji;
		this.referensi = referensi;
		this.wilayah = wilayah;
		this.mesin = mesin;
		this.berkas = berkas;
		this.pesan = pesan;
	}

	@GetMapping
	String daftar(Staf staf, Model model, Locale bahasa) {
		String oleh = register.bolehMembacaSemua(staf) ? null : staf.username();
		model.addAttribute("menunggu", repo.daftar(StatusUsaha.DIAJUKAN, oleh, BATAS_DAFTAR).stream().map(u -> penyaji.tampilan(u, bahasa)).toList());
		model.addAttribute("aktif", repo.daftar(StatusUsaha.AKTIF, oleh, BATAS_DAFTAR).stream().map(u -> penyaji.tampilan(u, bahasa)).toList());
		model.addAttribute("semua", oleh == null);
		model.addAttribute("bolehMendaftarkan", staf.bolehMengubah());
		model.addAttribute("bolehImpor", register.bolehMemverifikasi(staf));
		return "umkm/staf-daftar";
	}

	@GetMapping("/{id:\\d+}")
	String rinci(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		Usaha u = register.untukStaf(staf, id);
		model.addAttribute("t", penyaji.tampilan(u, bahasa));
		boolean pribadi = register.bolehMelihatNik(staf, u);
		model.addAttribute("nik", pribadi ? u.nik() : u.nikTersamar());
		model.addAttribute("pribadi", pribadi);
		model.addAttribute("duplikat", register.duplikat(u).stream().map(d -> penyaji.tampilan(d, bahasa)).toList());
		RingkasanPermohonan r = u.permohonanKode() == null ? null : mesin.cari(u.permohonanKode()).orElse(null);
		model.addAttribute("permohonan", r);
		model.addAttribute("bolehVerifikasi", r != null && r.status() == StatusPermohonan.DIPROSES && register.bolehMemverifikasi(staf));
		model.addAttribute("bolehMengubah", katalog.bolehMengubah(staf, u));
		model.addAttribute("foto", repo.foto(id));
		model.addAttribute("produk", repo.produk(id));
		model.addAttribute("sertifikat", repo.sertifikat(id));
		model.addAttribute("lapak", lapak.milikPedagang(u.nik()));
		model.addAttribute("jenisSertifikat", Sertifikat.Jenis.values());
		return "umkm/staf-rinci";
	}

	/** Approval completes the one step: the engine's event activates the business. */
	@PostMapping("/{id:\\d+}/setujui")
	String setujui(@PathVariable long id, @RequestParam int versi, Staf staf, RedirectAttributes redirect) {
		Usaha u = register.untukStaf(staf, id);
		mesin.setujui(kode(u), versi, staf);
		redirect.addFlashAttribute("pesan", "umkm.staf.disetujui");
		return "redirect:/staf/umkm/" + id;
	}

	@PostMapping("/{id:\\d+}/tolak")
	String tolak(@PathVariable long id, @RequestParam int versi, @RequestParam(required = false) String alasan, Staf staf,
			RedirectAttributes redirect) {
		Usaha u = register.untukStaf(staf, id);
		mesin.tolak(kode(u), versi, alasan, staf);
		redirect.addFlashAttribute("pesan", "umkm.staf.ditolak");
		return "redirect:/staf/umkm/" + id;
	}

	private static String kode(Usaha u) {
		if (u.permohonanKode() == null) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "umkm.tanpa-permohonan");
		}
		return u.permohonanKode();
	}

	@PostMapping(value = "/{id:\\d+}/produk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String produk(@PathVariable long id, @RequestParam(required = false) String nama, @RequestParam(required = false) String hargaMin,
			@RequestParam(required = false) String hargaMaks, @RequestParam(name = "foto", required = false) List<MultipartFile> foto, Staf staf,
			RedirectAttributes redirect, Locale bahasa) {
		try {
			katalog.tambahProduk(staf, id, nama, hargaMin, hargaMaks, foto == null ? List.of() : berkas.terimaFoto(foto));
			redirect.addFlashAttribute("pesan", "umkm.staf.produk-tersimpan");
		}
		catch (IsianDitolakException ex) {
			redirect.addFlashAttribute("galatProduk", ex.pesan(pesan, bahasa));
		}
		return "redirect:/staf/umkm/" + id + "#produk";
	}

	@PostMapping(value = "/{id:\\d+}/sertifikat", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String sertifikat(@PathVariable long id, @RequestParam(required = false) String jenis, @RequestParam(required = false) String nomor,
			@RequestParam(required = false) String berlakuSampai, @RequestParam(name = "dokumen", required = false) MultipartFile dokumen, Staf staf,
			RedirectAttributes redirect, Locale bahasa) {
		try {
			katalog.tambahSertifikat(staf, id, jenis, nomor, berlakuSampai, dokumen);
			redirect.addFlashAttribute("pesan", "umkm.staf.sertifikat-tersimpan");
		}
		catch (IsianDitolakException ex) {
			redirect.addFlashAttribute("galatSertifikat", ex.pesan(pesan, bahasa));
		}
		return "redirect:/staf/umkm/" + id + "#sertifikat";
	}

	/** Any file of a business this person may see (photos of one still waiting, certificate scans). */
	@GetMapping("/berkas/{berkasId}")
	ResponseEntity<byte[]> berkas(@PathVariable UUID berkasId, Staf staf) {
		long usaha = repo.pemilikBerkas(berkasId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("berkas.tidak-ada"));
		register.untukStaf(staf, usaha);
		return berkas.baca(berkasId).jawaban(CacheControl.noStore());
	}

	@GetMapping("/baru")
	String baru(Staf staf, Model model) {
		FormulirUsaha f = new FormulirUsaha();
		f.setTampilPublik(true);
		f.setTunai(true);
		return formulir(f, Map.of(), model);
	}

	/** Assisted mode: staff enter the registration for an owner; it goes to verification like the owner's own. */
	@PostMapping(value = "/baru", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String daftarkan(@ModelAttribute("formulir") FormulirUsaha f, @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
			@RequestParam(name = "stikerQris", required = false) MultipartFile stiker, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban) {
		try {
			RegisterUmkm.Pendaftaran p = register.daftar(f, foto == null ? List.of() : berkas.terimaFoto(foto), BagianFormulir.stiker(stiker), staf);
			jawaban.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("p", p);
			model.addAttribute("nama", f.getNama());
			model.addAttribute("dibantu", true);
			return "umkm/terdaftar";
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return formulir(f, ex.pesan(pesan, bahasa), model);
		}
	}

	@GetMapping("/{id:\\d+}/ubah")
	String ubah(@PathVariable long id, Staf staf, Model model) {
		Usaha u = bolehDiubah(staf, id);
		return formulirUbah(u, FormulirUsaha.dari(u), Map.of(), model);
	}

	/** Staff correct a business (the verifying agency, or whoever entered it for the owner); audited. */
	@PostMapping(value = "/{id:\\d+}/ubah", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String simpan(@PathVariable long id, @ModelAttribute("formulir") FormulirUsaha f, @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
			@RequestParam(name = "stikerQris", required = false) MultipartFile stiker, Staf staf, Model model, Locale bahasa,
			HttpServletResponse jawaban, RedirectAttributes redirect) {
		Usaha u = bolehDiubah(staf, id);
		try {
			register.ubah(id, f, foto == null ? List.of() : berkas.terimaFoto(foto), BagianFormulir.stiker(stiker), "umkm.diubah-petugas");
			redirect.addFlashAttribute("pesan", "umkm.ubah.tersimpan");
			return "redirect:/staf/umkm/" + id;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return formulirUbah(u, f, ex.pesan(pesan, bahasa), model);
		}
	}

	/** Withdraws the business from the public directory, or lists it again (the owner's consent); audited. */
	@PostMapping("/{id:\\d+}/direktori")
	String direktori(@PathVariable long id, @RequestParam boolean tampil, Staf staf, RedirectAttributes redirect) {
		bolehDiubah(staf, id);
		register.tampilkan(id, tampil, "umkm.direktori-petugas");
		redirect.addFlashAttribute("pesan", tampil ? "umkm.direktori.ditampilkan" : "umkm.direktori.ditarik");
		return "redirect:/staf/umkm/" + id;
	}

	private Usaha bolehDiubah(Staf staf, long id) {
		Usaha u = register.untukStaf(staf, id);
		if (!katalog.bolehMengubah(staf, u)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "umkm.bukan-petugas");
		}
		return u;
	}

	private String formulirUbah(Usaha u, FormulirUsaha f, Map<String, String> galat, Model model) {
		BagianFormulir.isi(model, f, galat, wilayah, referensi);
		model.addAttribute("aksi", "/staf/umkm/" + u.id() + "/ubah");
		model.addAttribute("ubah", u.nama());
		model.addAttribute("nikTersamar", u.nikTersamar());
		model.addAttribute("kembali", "/staf/umkm/" + u.id());
		model.addAttribute("dibantu", true);
		return "umkm/formulir";
	}

	private String formulir(FormulirUsaha f, Map<String, String> galat, Model model) {
		BagianFormulir.isi(model, f, galat, wilayah, referensi);
		model.addAttribute("aksi", "/staf/umkm/baru");
		model.addAttribute("dibantu", true);
		return "umkm/formulir";
	}
}
