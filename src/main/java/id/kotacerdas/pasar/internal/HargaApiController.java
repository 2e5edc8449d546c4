package id.kotacerdas.pasar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.pasar.internal.ObservasiRepository.Baris;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.platform.PermintaanDitolakException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Observations, markets and commodities for programs; no enumerator is named. */
@RestController
@RequestMapping("/api/pasar")
@Tag(name = "Harga pasar", description = "Harga bahan pokok yang dicatat petugas di pasar-pasar kota, tanpa identitas petugas")
class HargaApiController {

	static final int UKURAN_MAKS = 1000;

	/** Counted at least this far, so a page of a long period costs no full count. */
	private static final int HITUNG_MINIMUM = 1000;

	private final ObservasiRepository observasi;

	private final HargaRepository repo;

	private final LayananHarga layanan;

	HargaApiController(ObservasiRepository observasi, HargaRepository repo, LayananHarga layanan) {
		this.observasi = observasi;
		this.repo = repo;
		this.layanan = layanan;
	}

	@Schema(name = "HargaPasar", description = "Satu harga yang dicatat di satu pasar pada satu hari")
	record HargaPublik(String pasar, String komoditas, @Schema(description = "kualitas atau jenis, bila ada") String varian,
			@Schema(description = "satuan jual setempat: kg, liter, rak, ikat, ekor") String satuan, LocalDate tanggal,
			@Schema(description = "rupiah utuh per satuan") long harga, @Schema(description = "asal barang menurut pedagang, bila dicatat") String asal) {

		static HargaPublik dari(Baris b) {
			return new HargaPublik(b.pasar(), b.komoditas(), b.varian(), b.satuan(), b.tanggal(), b.harga(), b.asal());
		}
	}

	@GetMapping("/harga")
	@Operation(summary = "Harga yang dicatat, terlama lebih dulu, dengan saringan dan halaman",
			description = "Tanpa tanggal: 31 hari terakhir. Satu permintaan mencakup paling lama 366 hari.")
	Halaman<HargaPublik> harga(@Parameter(description = "id pasar (lihat /api/pasar/pasar)") @RequestParam(required = false) Long pasar,
			@Parameter(description = "id komoditas (lihat /api/pasar/komoditas)") @RequestParam(required = false) Long komoditas,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			@RequestParam(defaultValue = "0") int halaman, @RequestParam(defaultValue = "100") int ukuran) {
		if (halaman < 0 || ukuran < 1 || ukuran > UKURAN_MAKS) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "ukuran");
		}
		SaringanHarga s = SaringanHarga.dari(pasar, komoditas, dari, sampai, layanan.hariIni());
		int lewati = halaman * ukuran;
		long batas = Math.max(HITUNG_MINIMUM, (long) lewati + ukuran + 1);
		long total = observasi.hitung(s, batas);
		List<HargaPublik> isi = observasi.cari(s, lewati, ukuran).stream().map(HargaPublik::dari).toList();
		return new Halaman<>(isi, halaman, ukuran, total, total == batas);
	}

	@Schema(name = "Pasar")
	record PasarPublik(long id, String nama, @Schema(description = "kode Kemendagri kelurahan") String kelurahan, Double lat, Double lon,
			@Schema(description = "tradisional, modern, grosir atau produsen") String jenis,
			@Schema(description = "hari buka, 1 = Senin … 7 = Minggu") List<Integer> hariBuka) {
	}

	@GetMapping("/pasar")
	@Operation(summary = "Pasar tempat harga dicatat")
	List<PasarPublik> pasar() {
		return repo.pasar().stream()
			.map(p -> new PasarPublik(p.id(), p.nama(), p.kelurahanKode(), p.lat(), p.lon(), p.jenis().name().toLowerCase(java.util.Locale.ROOT),
					p.hariBuka()))
			.toList();
	}

	@Schema(name = "Komoditas")
	record KomoditasPublik(long id, String nama, String varian, String satuan,
			@Schema(description = "bahan pokok khas Kupang yang tidak ada di daftar nasional") boolean lokal) {
	}

	@GetMapping("/komoditas")
	@Operation(summary = "Komoditas yang dipantau")
	List<KomoditasPublik> komoditas() {
		return repo.komoditas().stream().map(k -> new KomoditasPublik(k.id(), k.nama(), k.varian(), k.satuan(), k.lokal())).toList();
	}
}
