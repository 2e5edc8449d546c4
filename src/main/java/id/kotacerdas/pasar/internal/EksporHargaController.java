package id.kotacerdas.pasar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.pasar.internal.ObservasiRepository.Baris;
import id.kotacerdas.pasar.internal.ObservasiRepository.RataRataKota;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Downloads: every observation with its enumerator for the market agency's supervisors, and the
 * city's daily average per commodity for everyone (no enumerator in it).
 */
@Controller
class EksporHargaController {

	/** A year of every market and commodity fits; beyond it the period must be narrowed. */
	static final int BARIS_MAKS = 250_000;

	private final ObservasiRepository repo;

	private final LayananHarga layanan;

	private final PenulisEkspor ekspor;

	EksporHargaController(ObservasiRepository repo, LayananHarga layanan, PenulisEkspor ekspor) {
		this.repo = repo;
		this.layanan = layanan;
		this.ekspor = ekspor;
	}

	@GetMapping("/staf/pasar/harga.{format}")
	@PreAuthorize(Peran.Akses.STAF)
	void observasi(@PathVariable FormatEkspor format, @RequestParam(required = false) Long pasar,
			@RequestParam(required = false) Long komoditas,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai, Staf staf,
			HttpServletResponse jawaban) {
		if (!layanan.bolehMengawasi(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.ekspor.bukan-pengawas");
		}
		SaringanHarga s = SaringanHarga.dari(pasar, komoditas, dari, sampai, layanan.hariIni());
		List<Baris> baris = repo.cari(s, 0, BARIS_MAKS + 1);
		if (baris.size() > BARIS_MAKS) {
			throw new PermintaanDitolakException("pasar.ekspor.terlalu-banyak", BARIS_MAKS);
		}
		List<Kolom<Baris>> kolom = List.of(Kolom.tanggal("pasar.kolom.tanggal", Baris::tanggal), Kolom.teks("pasar.pasar", Baris::pasar),
				Kolom.teks("pasar.komoditas", Baris::namaKomoditas), Kolom.teks("pasar.kolom.satuan", Baris::satuan),
				Kolom.rupiah("pasar.harga", Baris::harga), Kolom.teks("pasar.kolom.asal", Baris::asal),
				Kolom.teks("pasar.petugas", Baris::petugas), Kolom.teks("pasar.kolom.ditandai", b -> b.ditandai() ? "✓" : ""));
		ekspor.kirim(Ekspor.satu(Kolom.pesan("pasar.ekspor.judul-harga"), kolom, baris), format, jawaban);
	}

	/** Public: CSV or XLSX only (a PDF of a long series helps nobody and costs the server). */
	@GetMapping("/pasar/rata-rata.{format}")
	void rataRata(@PathVariable FormatEkspor format, @RequestParam(required = false) Long komoditas,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai, HttpServletResponse jawaban) {
		if (format == FormatEkspor.PDF) {
			throw new PermintaanDitolakException("pasar.ekspor.format-publik");
		}
		SaringanHarga s = SaringanHarga.dari(null, komoditas, dari, sampai, layanan.hariIni());
		List<Kolom<RataRataKota>> kolom = List.of(Kolom.tanggal("pasar.kolom.tanggal", RataRataKota::tanggal),
				Kolom.teks("pasar.komoditas", RataRataKota::namaKomoditas), Kolom.teks("pasar.kolom.satuan", RataRataKota::satuan),
				Kolom.rupiah("pasar.kolom.rata-rata", RataRataKota::harga), Kolom.bilangan("pasar.kolom.jumlah-pasar", RataRataKota::jumlahPasar));
		ekspor.kirim(Ekspor.satu(Kolom.pesan("pasar.ekspor.judul-rata-rata"), kolom, repo.rataRataKota(s)), format, jawaban);
	}
}
