package id.kotacerdas.pengaduan.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.PembaruanPublik;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.BatasLaju;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.UrlDasar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/pengaduan")
@Tag(name = "Pengaduan", description = "Pengaduan warga yang tidak rahasia, tanpa data pribadi pelapor")
class PengaduanApiController {

	private final PengaduanService layanan;

	private final StatistikPengaduan statistik;

	private final UrlDasar urlDasar;

	PengaduanApiController(PengaduanService layanan, StatistikPengaduan statistik, UrlDasar urlDasar) {
		this.layanan = layanan;
		this.statistik = statistik;
		this.urlDasar = urlDasar;
	}

	/** A new report as a program (a city app, a kiosk) sends it; photos go through the web form or Open311. */
	record PengaduanBaru(@Schema(description = "kode kategori aktif", requiredMode = Schema.RequiredMode.REQUIRED) String kategori,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String deskripsi, Double lat, Double lon,
			@Schema(description = "kode kelurahan bila tanpa titik peta") String kelurahan, String alamat, String nama,
			String telepon, String email, Boolean anonim, Boolean rahasia,
			@Schema(description = "jawaban pertanyaan tambahan kategori menurut kodenya") Map<String, List<String>> atribut,
			@Schema(description = "nomor aset kota (tiang lampu, ruas jalan, titik Wi-Fi) bila kategorinya menanyakan aset") String aset) {
	}

	/** The receipt: the tracking number and the reporter's private follow-up link (shown once). */
	record Diterima(String nomor, String tokenTindakLanjut, String tautanTindakLanjut, Instant tenggatSelesai) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@BatasLaju("pengaduan")
	@Operation(summary = "Ajukan pengaduan baru", description = "Dengan header Idempotency-Key (mis. sebuah UUID), pengiriman ulang "
			+ "dengan kunci yang sama tidak membuat laporan kedua dan menjawab dengan tanda terima yang pertama.")
	ResponseEntity<Diterima> ajukan(@RequestBody PengaduanBaru b,
			@Parameter(description = "16–200 karakter ASCII, mis. UUID") @RequestHeader(name = "Idempotency-Key", required = false) String kunci) {
		TandaTerima t = layanan.ajukan(new LaporanBaru(b.kategori(), b.deskripsi(), b.lat(), b.lon(), b.kelurahan(), b.alamat(),
				b.nama(), b.telepon(), b.email(), Boolean.TRUE.equals(b.anonim()), Boolean.TRUE.equals(b.rahasia()), b.atribut(),
				List.of(), "api", b.aset()), kunci, tanda -> {
				});
		return ResponseEntity.created(URI.create("/api/pengaduan/" + t.nomor()))
			.body(new Diterima(t.nomor(), t.tokenTindakLanjut(), urlDasar.nilai() + Token.jalur(t.tokenTindakLanjut()),
					t.tenggatSelesai()));
	}

	@BacaanPublik
	@GetMapping("/statistik")
	@Operation(summary = "Statistik tanpa data pribadi menurut opd, kategori, kecamatan, kelurahan, atau bulan")
	List<StatistikPengaduan.Baris> statistik(@RequestParam(defaultValue = "kategori") String dimensi,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant sampai) {
		return statistik.hitung(dimensi, dari == null ? StatistikPengaduan.AWAL : dari, sampai == null ? StatistikPengaduan.AKHIR : sampai);
	}

	@BacaanPublik
	@GetMapping
	@Operation(summary = "Daftar pengaduan publik, terbaru lebih dulu, dengan saringan dan halaman")
	Halaman<PengaduanPublik> daftar(@RequestParam(required = false) String kategori,
			@RequestParam(required = false) String kecamatan, @RequestParam(required = false) String kelurahan,
			@RequestParam(required = false) StatusPengaduan status,
			@Parameter(description = "true: hanya yang terbuka; false: hanya yang selesai/ditutup/ditolak") @RequestParam(required = false) Boolean terbuka,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant sampai,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant diperbaruiSetelah,
			@RequestParam(defaultValue = "0") int halaman, @RequestParam(defaultValue = "50") int ukuran) {
		if (halaman < 0 || ukuran < 1 || ukuran > PencarianPengaduan.UKURAN_MAKS) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "ukuran");
		}
		return layanan.cari(new SaringanPengaduan(null, kategori, kecamatan, kelurahan, status, terbuka, dari, sampai,
				diperbaruiSetelah, null, halaman, ukuran));
	}

	@GetMapping("/{nomor}")
	@Operation(summary = "Satu pengaduan publik menurut nomor pelacakan")
	PengaduanPublik satu(@PathVariable String nomor) {
		return layanan.publik(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
	}

	@GetMapping("/kategori")
	@Operation(summary = "Kategori aktif beserta pertanyaan tambahannya")
	List<Kategori> kategori() {
		return layanan.kategori();
	}

	@GetMapping("/pembaruan")
	@Operation(summary = "Perubahan publik (status, balasan petugas) setelah suatu waktu, terlama lebih dulu")
	List<PembaruanPublik> pembaruan(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant setelah,
			@RequestParam(defaultValue = "200") int batas) {
		return layanan.pembaruanSetelah(setelah, batas);
	}
}
