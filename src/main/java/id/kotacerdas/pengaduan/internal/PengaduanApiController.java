package id.kotacerdas.pengaduan.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.pengaduan.Halaman;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.PembaruanPublik;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.PermintaanDitolakException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/pengaduan")
@Tag(name = "Pengaduan", description = "Pengaduan warga yang tidak rahasia, tanpa data pribadi pelapor")
class PengaduanApiController {

	private final PengaduanService layanan;

	private final StatistikPengaduan statistik;

	PengaduanApiController(PengaduanService layanan, StatistikPengaduan statistik) {
		this.layanan = layanan;
		this.statistik = statistik;
	}

	@GetMapping("/statistik")
	@Operation(summary = "Statistik tanpa data pribadi menurut opd, kategori, kecamatan, kelurahan, atau bulan")
	List<StatistikPengaduan.Baris> statistik(@RequestParam(defaultValue = "kategori") String dimensi,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant sampai) {
		return statistik.hitung(dimensi, dari == null ? StatistikPengaduan.AWAL : dari, sampai == null ? StatistikPengaduan.AKHIR : sampai);
	}

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
