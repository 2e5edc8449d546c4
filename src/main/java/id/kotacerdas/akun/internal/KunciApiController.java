package id.kotacerdas.akun.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Machine API keys: issued, listed (never with their secret) and revoked by Kominfo administrators. */
class KunciApiController {

	record PermintaanKunci(String nama, Set<String> scopes) {
	}

	@RestController
	@PreAuthorize(Peran.Akses.KOMINFO)
	@Tag(name = "Kunci API", description = "Kunci API untuk integrasi mesin")
	static class Api {

		private final KunciApiService kunci;

		Api(KunciApiService kunci) {
			this.kunci = kunci;
		}

		@PostMapping("/api/admin/api-keys")
		@ResponseStatus(HttpStatus.CREATED)
		@Operation(summary = "Terbitkan kunci API; kunci teks-polos hanya dikembalikan sekali ini")
		KunciApiService.KunciBaru buat(@RequestBody PermintaanKunci permintaan, Authentication auth) {
			return kunci.buat(permintaan.nama(), permintaan.scopes(), auth.getName());
		}

		@GetMapping("/api/admin/api-keys")
		@Operation(summary = "Daftar kunci API (tanpa rahasianya)")
		List<KunciApiService.Kunci> daftar() {
			return kunci.daftar();
		}

		@DeleteMapping("/api/admin/api-keys/{id}")
		@ResponseStatus(HttpStatus.NO_CONTENT)
		@Operation(summary = "Cabut kunci API")
		void cabut(@PathVariable long id) {
			kunci.cabut(id);
		}
	}

	@Controller
	@PreAuthorize(Peran.Akses.KOMINFO)
	static class Halaman {

		private final KunciApiService kunci;

		private final MessageSource pesan;

		Halaman(KunciApiService kunci, MessageSource pesan) {
			this.kunci = kunci;
			this.pesan = pesan;
		}

		@GetMapping("/admin/akun/kunci-api")
		String daftar(Model model) {
			return halaman(Map.of("scopes", "open311"), Map.of(), model);
		}

		@PostMapping("/admin/akun/kunci-api")
		String buat(@RequestParam(required = false) String nama, @RequestParam(required = false) String scopes, Authentication auth,
				Model model, HttpServletResponse response, Locale locale) {
			Set<String> daftarScope = scopes == null || scopes.isBlank() ? Set.of()
					: new LinkedHashSet<>(Arrays.asList(scopes.strip().split("[\\s,]+")));
			try {
				model.addAttribute("baru", kunci.buat(nama, daftarScope, auth.getName()));
				return daftar(model);
			}
			catch (IsianDitolakException ex) {
				response.setStatus(ex.status().value());
				Map<String, String> nilai = new HashMap<>();
				nilai.put("nama", nama);
				nilai.put("scopes", scopes);
				return halaman(nilai, ex.pesan(pesan, locale), model);
			}
		}

		private String halaman(Map<String, String> nilai, Map<String, String> galat, Model model) {
			model.addAttribute("daftar", kunci.daftar());
			model.addAttribute("nilai", nilai);
			model.addAttribute("galat", galat);
			return "akun/kunci-api";
		}

		@PostMapping("/admin/akun/kunci-api/{id}/cabut")
		String cabut(@PathVariable long id) {
			kunci.cabut(id);
			return "redirect:/admin/akun/kunci-api";
		}
	}
}
