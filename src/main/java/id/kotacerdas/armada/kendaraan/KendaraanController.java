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

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Peran;
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
	@PreAuthorize(Peran.Akses.ADMIN)
	@Operation(summary = "Mendaftarkan kendaraan", description = "Admin OPD hanya untuk OPD-nya sendiri.")
	@ApiResponse(responseCode = "201", description = "Kendaraan terdaftar; isi jawaban memuat id")
	@ApiResponse(responseCode = "400", description = "Data tidak valid atau OPD tidak dikenal")
	@ApiResponse(responseCode = "409", description = "Nomor polisi atau tracker id sudah dipakai")
	ResponseEntity<Kendaraan> tambah(@Valid @RequestBody DataKendaraan data, Staf staf) {
		Kendaraan k = register.tambah(staf, data);
		return ResponseEntity.created(URI.create("/api/armada/kendaraan/" + k.id())).body(k);
	}

	@GetMapping
	@Operation(summary = "Daftar kendaraan", description = "Semua kendaraan untuk Kominfo dan pimpinan; selain itu kendaraan OPD sendiri.")
	List<Kendaraan> daftar(Staf staf) {
		return register.daftar(staf);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Satu kendaraan")
	Kendaraan lihat(@PathVariable long id, Staf staf) {
		return register.lihat(staf, id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Peran.Akses.ADMIN)
	@Operation(summary = "Mengubah data kendaraan")
	Kendaraan ubah(@PathVariable long id, @Valid @RequestBody DataKendaraan data, Staf staf) {
		return register.ubah(staf, id, data);
	}
}
