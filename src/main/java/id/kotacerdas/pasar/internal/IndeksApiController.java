package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.PermintaanDitolakException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The weekly price development index as JSON, open to anyone. */
@RestController
@Tag(name = "Pasar: indeks harga", description = "Indeks perkembangan harga mingguan (gaya IPH) per komoditas dan keranjang, Kota Kupang")
class IndeksApiController {

	private final LayananIndeks indeks;

	IndeksApiController(LayananIndeks indeks) {
		this.indeks = indeks;
	}

	@Schema(description = "Satu komoditas dalam satu minggu")
	record KomoditasMinggu(@Schema(description = "Kode komoditas", example = "cabai-rawit-merah") String kode,
			@Schema(example = "Cabai rawit merah") String nama, @Schema(description = "Satuan harga", example = "kg") String satuan,
			@Schema(description = "Rata-rata mingguan (rupiah bulat): rerata harga rata-rata kota harian Senin–Minggu") long rataRata,
			@Schema(description = "Rata-rata minggu sebelumnya; null bila tidak ada harga") Long rataRataMingguLalu,
			@Schema(description = "Perubahan terhadap minggu sebelumnya dalam persen, dua desimal; null tanpa minggu sebelumnya") BigDecimal perubahanPersen,
			@Schema(description = "Bobot dalam keranjang") BigDecimal bobot) {
	}

	@Schema(description = "Satu minggu indeks (Senin–Minggu WITA)")
	record MingguIndeks(LocalDate senin, LocalDate minggu,
			@Schema(description = "Indeks keranjang: rata-rata tertimbang perubahan komoditas yang berharga di kedua minggu, persen dua desimal; null bila tidak ada") BigDecimal indeks,
			@Schema(description = "Jumlah komoditas yang masuk keranjang") long jumlahKomoditas, List<KomoditasMinggu> komoditas) {
	}

	@Schema(description = "Indeks perkembangan harga mingguan")
	record JawabanIndeks(LocalDate dari, LocalDate sampai, @Schema(description = "Rumus dalam kata-kata") String rumus,
			List<MingguIndeks> minggu) {
	}

	static final String RUMUS = "Perubahan komoditas i = (P_i minggu ini − P_i minggu lalu) / P_i minggu lalu × 100; "
			+ "indeks keranjang = Σ (bobot_i × perubahan_i) / Σ bobot_i, atas komoditas yang berharga di kedua minggu. "
			+ "P = rata-rata harga rata-rata kota harian Senin–Minggu WITA; rata-rata kota = rerata rata-rata tiap pasar.";

	@GetMapping("/api/pasar/indeks")
	@Operation(summary = "Indeks harga mingguan", description = "Per minggu (Senin–Minggu WITA) dalam rentang: indeks keranjang dan perubahan "
			+ "tiap komoditas terhadap minggu sebelumnya. Tanpa parameter: 13 minggu terakhir. Paling panjang 160 minggu.")
	@ApiResponse(responseCode = "200", description = "Indeks tiap minggu yang disentuh rentang, minggu terlama dahulu")
	@ApiResponse(responseCode = "400", description = "Tanggal tidak valid, dari setelah sampai, rentang terlalu panjang")
	@ApiResponse(responseCode = "404", description = "Kode komoditas tidak dikenal")
	JawabanIndeks indeks(
			@Parameter(description = "Hari pertama (ISO, mis. 2026-01-05); minggunya ikut seluruhnya") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@Parameter(description = "Hari terakhir (ISO)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			@Parameter(description = "Hanya komoditas ini (kode); indeks keranjang tetap dihitung atas semua") @RequestParam(required = false) String komoditas) {
		LayananIndeks.Rentang r = dari == null && sampai == null ? indeks.indeksTerakhir()
				: indeks.indeks(dari == null ? sampai.minusWeeks(LayananIndeks.MINGGU_BAKU - 1L) : dari,
						sampai == null ? dari.plusWeeks(LayananIndeks.MINGGU_BAKU - 1L) : sampai);
		Long hanya = komoditas == null ? null
				: r.komoditas().stream().filter(k -> k.kode().equals(komoditas)).findFirst().map(Komoditas::id)
					.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.komoditas.tidak-ditemukan"));
		List<MingguIndeks> minggu = r.minggu().stream()
			.map(m -> new MingguIndeks(m.senin(), m.minggu(), m.indeks(), m.jumlahDihitung(), m.komoditas().stream()
				.filter(p -> hanya == null || p.komoditasId() == hanya)
				.map(p -> {
					Komoditas k = r.komoditas(p.komoditasId()).orElseThrow();
					return new KomoditasMinggu(k.kode(), k.namaLengkap(), k.satuan(), p.rata(), p.rataLalu(), p.persenTampil(), p.bobot());
				})
				.toList()))
			.toList();
		return new JawabanIndeks(r.minggu().get(0).senin(), r.minggu().get(r.minggu().size() - 1).minggu(), RUMUS, minggu);
	}
}
