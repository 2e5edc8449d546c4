package id.kotacerdas.armada.kendaraan;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/armada/kendaraan")
@Tag(name = "Armada: kendaraan", description = "Register kendaraan dinas (KIB-B) per perangkat daerah")
class KendaraanController {

	private final RegisterKendaraan register;

	KendaraanController(RegisterKendaraan register) {
		this.register = register;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN_KOMINFO','ADMIN_OPD')")
	@Operation(summary = "Mendaftarkan kendaraan", description = "Admin OPD hanya untuk OPD-nya sendiri.")
	@ApiResponse(responseCode = "201", description = "Kendaraan terdaftar; isi jawaban memuat id")
	@ApiResponse(responseCode = "400", description = "Data tidak valid atau OPD tidak dikenal")
	@ApiResponse(responseCode = "409", description = "Nomor polisi atau tracker id sudah dipakai")
	ResponseEntity<Kendaraan> tambah(@Valid @RequestBody DataKendaraan data) {
		Kendaraan k = register.tambah(data);
		return ResponseEntity.created(URI.create("/api/armada/kendaraan/" + k.id())).body(k);
	}

	@GetMapping
	@Operation(summary = "Daftar kendaraan", description = "Semua kendaraan untuk Kominfo dan pimpinan; selain itu kendaraan OPD sendiri.")
	List<Kendaraan> daftar() {
		return register.daftar();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Satu kendaraan")
	Kendaraan lihat(@PathVariable long id) {
		return register.lihat(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN_KOMINFO','ADMIN_OPD')")
	@Operation(summary = "Mengubah data kendaraan")
	Kendaraan ubah(@PathVariable long id, @Valid @RequestBody DataKendaraan data) {
		return register.ubah(id, data);
	}
}
