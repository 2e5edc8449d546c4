package id.kotacerdas.armada.geofence;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Peran;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "Armada: geofence", description = "SPBU dan kantor sebagai lingkaran atau poligon")
class GeofenceController {

	private final LayananGeofence layanan;

	GeofenceController(LayananGeofence layanan) {
		this.layanan = layanan;
	}

	@GetMapping("/api/armada/geofence")
	@Operation(summary = "Daftar geofence")
	List<Geofence> daftar() {
		return layanan.daftar();
	}

	@PostMapping("/api/armada/geofence")
	@PreAuthorize(Peran.Akses.ADMIN)
	@Operation(summary = "Menambah geofence", description = "Admin OPD hanya untuk OPD-nya sendiri; tanpa OPD hanya Kominfo.")
	ResponseEntity<Geofence> tambah(@Valid @RequestBody DataGeofence data, Staf staf) {
		Geofence g = layanan.tambah(staf, data);
		return ResponseEntity.created(URI.create("/api/armada/geofence/" + g.id())).body(g);
	}

	@PutMapping("/api/armada/geofence/{id}")
	@PreAuthorize(Peran.Akses.ADMIN)
	@Operation(summary = "Mengubah geofence")
	Geofence ubah(@PathVariable long id, @Valid @RequestBody DataGeofence data, Staf staf) {
		return layanan.ubah(staf, id, data);
	}

	@DeleteMapping("/api/armada/geofence/{id}")
	@PreAuthorize(Peran.Akses.ADMIN)
	@Operation(summary = "Menghapus geofence")
	ResponseEntity<Void> hapus(@PathVariable long id, Staf staf) {
		layanan.hapus(staf, id);
		return ResponseEntity.noContent().build();
	}
}
