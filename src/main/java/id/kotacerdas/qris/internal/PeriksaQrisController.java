package id.kotacerdas.qris.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.KriteriaMerchant;
import id.kotacerdas.qris.Qris;

/**
 * The public check: paste a payload or upload a photo of a sticker, read what is in it and what
 * is wrong, in words; with the fee rules for traders. Works without script; the photo is read and
 * forgotten (nothing is stored).
 */
@Controller
class PeriksaQrisController {

	private final Qris qris;

	private final LayananBerkas berkas;

	private final TarifMdr tarif;

	private final Clock clock;

	PeriksaQrisController(Qris qris, LayananBerkas berkas, TarifMdr tarif, Clock clock) {
		this.qris = qris;
		this.berkas = berkas;
		this.tarif = tarif;
		this.clock = clock;
	}

	@GetMapping("/qris")
	String halaman(Model model) {
		return tampil(null, null, false, model);
	}

	@PostMapping("/qris/periksa")
	String periksa(@RequestParam(required = false) String payload, @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
			Model model) {
		List<byte[]> gambar = foto == null ? List.of() : berkas.terimaFoto(foto);
		if (!gambar.isEmpty()) {
			Optional<String> terbaca = qris.bacaGambar(gambar.get(0));
			if (terbaca.isEmpty()) {
				return tampil(payload, null, true, model);
			}
			payload = terbaca.get();
		}
		return tampil(payload, payload == null || payload.isBlank() ? null : qris.periksa(payload), false, model);
	}

	private String tampil(String payload, HasilPeriksaQris hasil, boolean fotoTanpaQr, Model model) {
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		model.addAttribute("payload", payload);
		model.addAttribute("hasil", hasil);
		model.addAttribute("fotoTanpaQr", fotoTanpaQr);
		List<TarifMdr.Aturan> berlaku = tarif.berlakuPada(hariIni);
		model.addAttribute("tarif", BarisTarif.dari(berlaku));
		model.addAttribute("bebasUmi", berlaku.stream()
				.filter(a -> a.kriteria() == KriteriaMerchant.UMI && a.nominalSampai() != null && a.persen().signum() == 0).findFirst().orElse(null));
		return "qris/periksa";
	}

	/**
	 * One line of the fee table for traders: the amounts above {@code dari} up to {@code sampai}
	 * (either null when open) cost {@code persen}.
	 */
	record BarisTarif(KriteriaMerchant kriteria, Long dari, Long sampai, java.math.BigDecimal persen) {

		static List<BarisTarif> dari(List<TarifMdr.Aturan> berlaku) {
			List<BarisTarif> hasil = new java.util.ArrayList<>();
			for (KriteriaMerchant k : KriteriaMerchant.values()) {
				Long bawah = null;
				for (TarifMdr.Aturan a : berlaku.stream().filter(a -> a.kriteria() == k)
						.sorted(java.util.Comparator.comparing(TarifMdr.Aturan::nominalSampai, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
						.toList()) {
					hasil.add(new BarisTarif(k, bawah, a.nominalSampai(), a.persen()));
					bawah = a.nominalSampai();
				}
			}
			return hasil;
		}
	}
}
