package id.kotacerdas.armada.bbm;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/armada/kendaraan/{id}/bbm")
@Tag(name = "Armada: BBM", description = "Pembelian BBM dan gerbang: liter sesuai jarak tempuh, kuota, jenis BBM, selang waktu")
class BbmController {

	private final LayananBbm layanan;

	private final RegisterKendaraan register;

	private final PembelianBbmRepository repo;

	private final MessageSource pesan;

	private final FotoBbm foto;

	BbmController(LayananBbm layanan, RegisterKendaraan register, PembelianBbmRepository repo, MessageSource pesan, FotoBbm foto) {
		this.foto = foto;
		this.layanan = layanan;
		this.register = register;
		this.repo = repo;
		this.pesan = pesan;
	}

	record KeputusanJson(boolean disetujui, BigDecimal literDiizinkan, BigDecimal jarakDiakuiKm, BigDecimal jarakOdometerKm,
			List<String> alasan) {
	}

	@PostMapping("/periksa")
	@Operation(summary = "Keputusan gerbang untuk pembelian yang direncanakan", description = "Tidak menyimpan apa pun.")
	KeputusanJson periksa(@PathVariable long id, @Valid @RequestBody DataPembelian data, Staf staf) {
		return json(layanan.periksa(staf, id, data));
	}

	@PostMapping
	@Operation(summary = "Mencatat pembelian BBM", description = "Ditolak (422, dengan alasan) bila gerbang menolak, kecuali verifikator "
			+ "(admin OPD/Kominfo) memberi alasanPenimpaan tertulis; penimpaan tercatat di log audit.")
	@ApiResponse(responseCode = "201", description = "Tercatat, dengan tanda anomali")
	@ApiResponse(responseCode = "422", description = "Gerbang menolak; tidak ada yang disimpan")
	ResponseEntity<PembelianBbm> catat(@PathVariable long id, @Valid @RequestBody DataPembelian data, Staf staf) {
		PembelianBbm p = layanan.catat(staf, id, data);
		return ResponseEntity.created(URI.create("/api/armada/kendaraan/" + id + "/bbm/" + p.id())).body(p);
	}

	@GetMapping
	@Operation(summary = "Pembelian BBM satu kendaraan dalam satu bulan")
	List<PembelianBbm> daftar(@PathVariable long id, @Parameter(description = "yyyy-MM; kosong berarti bulan ini") @RequestParam(required = false) String bulan,
			Staf staf) {
		register.lihat(staf, id);
		YearMonth b;
		try {
			b = bulan == null ? YearMonth.now(Waktu.WITA) : YearMonth.parse(bulan);
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "bulan");
		}
		Instant dari = b.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		Instant sampai = b.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		return repo.dalamPeriode(id, dari, sampai);
	}

	@PostMapping(path = "/{pembelianId}/foto/{jenis}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Mengunggah foto odometer atau struk (JPEG/PNG/WebP)", description = "Disimpan ulang sebagai JPEG tanpa "
			+ "metadata (EXIF/GPS); batas ukuran: pengaturan kc.berkas.maks-ukuran.")
	ResponseEntity<Void> unggahFoto(@PathVariable long id, @PathVariable long pembelianId, @PathVariable FotoBbm.Jenis jenis,
			@RequestParam MultipartFile berkas, Staf staf) throws IOException {
		foto.simpan(staf, id, pembelianId, jenis, berkas.getBytes());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{pembelianId}/foto/{jenis}")
	@Operation(summary = "Foto odometer atau struk")
	ResponseEntity<byte[]> lihatFoto(@PathVariable long id, @PathVariable long pembelianId, @PathVariable FotoBbm.Jenis jenis, Staf staf) {
		return foto.baca(staf, id, pembelianId, jenis);
	}

	@ExceptionHandler(GerbangMenolakException.class)
	ProblemDetail ditolak(GerbangMenolakException ex) {
		var k = ex.keputusan();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, teks("armada.gerbang.ditolak"));
		p.setTitle(teks("armada.gerbang.ditolak-judul"));
		p.setProperty("alasan", alasan(k));
		p.setProperty("literDiizinkan", k.literDiizinkan());
		return p;
	}

	private KeputusanJson json(GerbangBbm.Keputusan k) {
		return new KeputusanJson(k.disetujui(), k.literDiizinkan(), k.jarakDiakuiKm(), k.jarakOdometerKm(), alasan(k));
	}

	private List<String> alasan(GerbangBbm.Keputusan k) {
		return k.alasan().stream()
			.map(a -> pesan.getMessage(a.kode(), a.argumen().toArray(), a.kode(), LocaleContextHolder.getLocale()))
			.toList();
	}

	private String teks(String kode) {
		return pesan.getMessage(kode, null, kode, LocaleContextHolder.getLocale());
	}
}
