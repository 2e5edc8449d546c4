package id.kotacerdas.armada.geofence;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The geofence register as a staff page: every staff member reads it; administrators add and edit
 * circles and delete places through {@link LayananGeofence}, which keeps the same checks and audit as the JSON API.
 */
@Controller
@RequestMapping("/staf/armada/geofence")
@PreAuthorize(Peran.Akses.STAF)
class StafGeofenceController {

	private final LayananGeofence layanan;

	private final DaftarOpd daftarOpd;

	private final KotaProperties kota;

	StafGeofenceController(LayananGeofence layanan, DaftarOpd daftarOpd, KotaProperties kota) {
		this.layanan = layanan;
		this.daftarOpd = daftarOpd;
		this.kota = kota;
	}

	@GetMapping
	String halaman(@RequestParam(required = false) Long ubah, Staf staf, Model model) {
		if (ubah == null) {
			return tampil(staf, model, null, null);
		}
		Geofence g = layanan.lihat(ubah);
		if (g.geojson() != null) {
			// the page edits circles only; polygons are kept through the JSON API
			throw new PermintaanDitolakException("armada.geofence.poligon-lewat-api");
		}
		return tampil(staf, model, ubah, new DataGeofence(g.nama(), g.jenis(), g.opdId(), g.lat(), g.lon(), g.radiusM(), null));
	}

	@PostMapping({ "", "/{id}" })
	@PreAuthorize(Peran.Akses.ADMIN)
	String simpan(@PathVariable(required = false) Long id, @Valid @ModelAttribute("data") DataGeofence data, BindingResult hasil,
			Staf staf, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (hasil.hasErrors()) {
			model.addAttribute("isianSalah", hasil.getFieldErrors().stream().map(e -> e.getField()).distinct().sorted()
				.collect(Collectors.joining(", ")));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return tampil(staf, model, id, data);
		}
		// a circle form never carries a polygon
		DataGeofence lingkaran = new DataGeofence(data.nama(), data.jenis(), data.opdId(), data.lat(), data.lon(), data.radiusM(), null);
		try {
			Geofence g = id == null ? layanan.tambah(staf, lingkaran) : layanan.ubah(staf, id, lingkaran);
			redirect.addFlashAttribute("sukses", g.nama());
			return "redirect:/staf/armada/geofence";
		}
		catch (PermintaanDitolakException ex) {
			model.addAttribute("galatKode", ex.kodePesan());
			model.addAttribute("galatArgumen", ex.argumen());
			response.setStatus(ex.status().value());
			return tampil(staf, model, id, data);
		}
	}

	@PostMapping("/{id}/hapus")
	@PreAuthorize(Peran.Akses.ADMIN)
	String hapus(@PathVariable long id, Staf staf, RedirectAttributes redirect) {
		String nama = layanan.lihat(id).nama();
		layanan.hapus(staf, id);
		redirect.addFlashAttribute("dihapus", nama);
		return "redirect:/staf/armada/geofence";
	}

	private String tampil(Staf staf, Model model, Long id, DataGeofence data) {
		// the form is for those who administer places: their own agency's, or (Kominfo) the city's
		boolean admin = staf.adminAtas(staf.opdId());
		var daftar = layanan.daftar();
		model.addAttribute("daftar", daftar);
		model.addAttribute("opd", daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek, (a, b) -> a)));
		Map<Long, Boolean> bolehUbah = daftar.stream()
			.collect(Collectors.toMap(Geofence::id, g -> staf.adminAtas(g.opdId())));
		model.addAttribute("bolehUbah", bolehUbah);
		model.addAttribute("admin", admin);
		model.addAttribute("kotaWide", staf.adminKota());
		model.addAttribute("daftarOpd", daftarOpd.semua().stream().filter(o -> staf.adminAtas(o.id())).toList());
		model.addAttribute("jenis", JenisGeofence.values());
		model.addAttribute("id", id);
		model.addAttribute("data", data);
		model.addAttribute("pusat", kota.pusatPeta());
		return "armada/geofence";
	}
}
